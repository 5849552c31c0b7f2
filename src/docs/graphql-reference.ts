import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { escapeHtml } from './html.js';

const typeLink = (type: { toString(): string }) => {
  const printed = type.toString();
  const named = printed.replace(/[[\]!]/g, '');
  return escapeHtml(printed).replace(escapeHtml(named), `<a href="#${escapeHtml(named)}">${escapeHtml(named)}</a>`);
};

const describe = (text: string | null | undefined) => (text ? `<p class="desc">${escapeHtml(text)}</p>` : '');

function argumentList(args: readonly GraphQLArgument[]) {
  if (!args.length) return '';
  return `(<ul class="args">${args.map((a) => `<li><code>${escapeHtml(a.name)}: ${typeLink(a.type)}</code>${a.description ? ` — ${escapeHtml(a.description)}` : ''}</li>`).join('')}</ul>)`;
}

function fieldRows(fields: readonly (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
  return `<dl>${fields
    .map((f) => {
      const args = 'args' in f ? argumentList(f.args) : '';
      const deprecated = f.deprecationReason ? `<p class="deprecated">Deprecated: ${escapeHtml(f.deprecationReason)}</p>` : '';
      return `<dt id="${escapeHtml(f.name)}"><code>${escapeHtml(f.name)}${args}: ${typeLink(f.type)}</code></dt><dd>${describe(f.description)}${deprecated}</dd>`;
    })
    .join('')}</dl>`;
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'type';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}

function section(type: GraphQLNamedType): string {
  let body = '';
  if (isObjectType(type) || isInterfaceType(type)) {
    const interfaces = type.getInterfaces();
    if (interfaces.length) body += `<p>Implements ${interfaces.map((i) => typeLink(i)).join(', ')}</p>`;
    body += fieldRows(Object.values(type.getFields()));
  } else if (isInputObjectType(type)) body += fieldRows(Object.values(type.getFields()));
  else if (isUnionType(type)) body += `<p>One of ${type.getTypes().map((t) => typeLink(t)).join(' | ')}</p>`;
  else if (isEnumType(type)) body += `<dl>${type.getValues().map((v) => `<dt><code>${escapeHtml(v.name)}</code></dt><dd>${describe(v.description)}</dd>`).join('')}</dl>`;
  else if (isScalarType(type) && type.specifiedByURL) body += `<p>Specified by ${escapeHtml(type.specifiedByURL)}</p>`;
  return `<section id="${escapeHtml(type.name)}"><h2><span class="kind">${kindOf(type)}</span> ${escapeHtml(type.name)}</h2>${describe(type.description)}${body}</section>`;
}

/** The schema as a page a person reads: every type with its description, roots first, then by name. */
export function graphqlReferenceHtml(schema: GraphQLSchema, nav: string): string {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is NonNullable<typeof t> => Boolean(t));
  const rest = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !roots.includes(t as never))
    .sort((a, b) => a.name.localeCompare(b.name));
  const types = [...roots, ...rest];
  const index = types.map((t) => `<li><a href="#${escapeHtml(t.name)}">${escapeHtml(t.name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL reference — Candidate Gateway</title>
<style>
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d2330;display:grid;grid-template-columns:260px 1fr}
nav.top{grid-column:1/3;background:#1d2330;color:#fff;padding:.6em 1em}nav.top a{color:#9cd1ff;margin-right:1em}
aside{height:calc(100vh - 2.6em);overflow:auto;border-right:1px solid #ddd;padding:0 1em;position:sticky;top:0}aside ul{list-style:none;padding:0}
main{padding:0 2em 4em;max-width:60em}section{border-bottom:1px solid #eee;padding:1em 0}.kind{color:#8a5cf5;font-weight:normal}
code{font:13px/1.4 ui-monospace,monospace}.desc{white-space:pre-line;margin:.2em 0}.deprecated{color:#b35c00}ul.args{display:inline;padding:0;list-style:none}ul.args li{margin-left:1.5em}
dt{margin-top:.6em}dd{margin-left:1.5em}
</style></head>
<body>${nav}<aside><h3>Types</h3><ul>${index}</ul></aside><main><h1>GraphQL reference</h1>
<p>Endpoint <code>/graphql</code> (HTTP, graphql-ws, SSE). Send the API key as <code>X-API-Key</code>. The schema file is <a href="/docs/schema.graphql">schema.graphql</a>.</p>
${types.map(section).join('\n')}</main></body></html>`;
}
