import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { cvDataSchema, skillCategorySchema, skillProficiencySchema, type CvData } from './cv-schema.js';
import type { ExtractedResume, ResumeFieldExtractor } from './extract-fields.js';
import type { AttributedExtraction } from './field-extractor.js';

export interface LlmExtractorOptions {
  /** Base URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1 (Ollama) or a vLLM server. */
  baseUrl: string;
  model: string;
  /** Servers that take no key still need a non-empty string in the Authorization header. */
  apiKey?: string;
  timeoutMs: number;
  /** Used when the model fails, times out or answers outside the schema. */
  fallback: ResumeFieldExtractor;
  logger: Logger;
}

// Bounds the prompt: a résumé longer than this is not a résumé the model needs all of.
const MAX_PROMPT_CHARS = 30_000;

// Strict structured output (OpenAI and compatible servers) wants every property required:
// an absent value is null here and becomes undefined before the CV schema checks it.
const text = z.string().nullable();
const llmResumeSchema = z.object({
  firstName: text,
  lastName: text,
  fullName: text,
  email: text,
  phone: text.describe('As written in the résumé; never add a country code it does not show'),
  title: text.describe('Current headline or job title'),
  summary: text,
  linkedinUrl: text,
  portfolioUrl: text,
  workExperiences: z.array(
    z.object({
      company: z.string(),
      title: z.string(),
      startDate: text.describe('YYYY or YYYY-MM'),
      endDate: text.describe('YYYY or YYYY-MM; null while current'),
      isCurrent: z.boolean(),
      description: text,
    }),
  ),
  education: z.array(z.object({ institution: z.string(), degree: text, field: text, startDate: text, endDate: text })),
  skills: z.array(z.object({ name: z.string(), category: skillCategorySchema.nullable(), proficiency: skillProficiencySchema.nullable() })),
  certifications: z.array(
    z.object({ name: z.string(), issuer: text, issueDate: text, expiryDate: text, credentialId: text, credentialUrl: text }),
  ),
});

type LlmResume = z.infer<typeof llmResumeSchema>;

const SYSTEM_PROMPT = [
  'You extract structured data from the plain text of one résumé.',
  'Copy values exactly as the résumé states them; never invent or complete a value. Use null or an empty list for anything the résumé does not state.',
  'Dates are YYYY or YYYY-MM. List every job, school, skill and certification the résumé lists, most recent first.',
].join(' ');

export class LlmExtractionError extends Error {
  override readonly name = 'LlmExtractionError';
}

/**
 * Field extraction by a language model behind any OpenAI-compatible chat-completions API,
 * with JSON-schema structured output. The answer must pass the same CV schema as every
 * other source; on any failure the fallback extractor answers instead.
 */
export function createLlmExtractor(options: LlmExtractorOptions): ResumeFieldExtractor {
  const client = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey || 'unused',
    timeout: options.timeoutMs,
    // A retry would double the wait the timeout bounds; the fallback is the retry.
    maxRetries: 0,
  });
  const responseFormat = zodResponseFormat(llmResumeSchema, 'resume');

  async function ask(resumeText: string): Promise<ExtractedResume> {
    const completion = await client.chat.completions.parse({
      model: options.model,
      temperature: 0,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: resumeText.slice(0, MAX_PROMPT_CHARS) },
      ],
      response_format: responseFormat,
    });
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new LlmExtractionError(`the model refused: ${message.refusal}`);
    if (!message?.parsed) throw new LlmExtractionError('the model returned no structured answer');
    return toExtractedResume(message.parsed);
  }

  return {
    name: 'llm',
    async extract(resumeText, layout): Promise<AttributedExtraction> {
      try {
        return { ...(await ask(resumeText)), extractor: 'llm' };
      } catch (error) {
        options.logger.warn({ err: error, model: options.model }, `LLM field extraction failed; using the ${options.fallback.name} extractor`);
        return { ...(await options.fallback.extract(resumeText, layout)), extractor: options.fallback.name };
      }
    },
  };
}

function toExtractedResume(answer: LlmResume): ExtractedResume {
  const cv = cvDataSchema.safeParse(
    withoutNulls({
      summary: answer.summary,
      linkedinUrl: answer.linkedinUrl,
      portfolioUrl: answer.portfolioUrl,
      workExperiences: answer.workExperiences.map((work) => (work.isCurrent ? { ...work, endDate: null } : work)),
      education: answer.education,
      skills: answer.skills,
      certifications: answer.certifications,
    }),
  );
  if (!cv.success) throw new LlmExtractionError(`the answer does not fit the CV schema: ${z.prettifyError(cv.error)}`);
  const email = answer.email?.trim() || null;
  if (email && !z.email().safeParse(email).success) throw new LlmExtractionError('the answer holds an invalid email address');
  return {
    firstName: blankToNull(answer.firstName),
    lastName: blankToNull(answer.lastName),
    fullName: blankToNull(answer.fullName) ?? ([answer.firstName, answer.lastName].filter(Boolean).join(' ') || null),
    email,
    phone: blankToNull(answer.phone),
    title: blankToNull(answer.title),
    cv: cv.data as CvData,
  };
}

function blankToNull(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** null → absent, recursively, so optional CV fields validate. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null).map(([key, item]) => [key, withoutNulls(item)]));
  }
  return value;
}
