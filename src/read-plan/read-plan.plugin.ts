import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { readPlanFor, runReadPlan } from './read-plan.js';

/**
 * Hot reads (`candidates`, `candidate`) answered by one SQL statement that builds the response's
 * JSON in the database, instead of the executor walking every field through Prisma's result
 * mapping and a resolver per field (see test/bench/EXPERIMENTS.md). Runs after parsing,
 * validation, cost, rate limits and authentication, which are the same for both paths; anything
 * the plan does not cover, and every error, goes to the executor.
 */
export function useReadPlans(enabled: () => boolean): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!enabled()) return;
      const plan = readPlanFor(args);
      if (!plan) return;
      setExecuteFn(async (executionArgs) => {
        const answer = await runReadPlan(plan, executionArgs as ExecutionArgs);
        return answer ?? ((await executeFn(executionArgs)) as ExecutionResult);
      });
    },
  };
}
