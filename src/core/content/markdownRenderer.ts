// Renders a note body once, at build time: markdown-it for CommonMark, highlight.js for
// code. Raw HTML in notes is disabled so the webview only ever shows generated markup.
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import http from 'highlight.js/lib/languages/http';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import django from 'highlight.js/lib/languages/django';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import nginx from 'highlight.js/lib/languages/nginx';

const languages = { bash, ini, javascript, json, http, plaintext, python, sql, xml, yaml, django, dockerfile, nginx };
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);
hljs.registerAliases(['sh', 'shell', 'console'], { languageName: 'bash' });
hljs.registerAliases(['py', 'pycon'], { languageName: 'python' });
hljs.registerAliases(['text', 'txt'], { languageName: 'plaintext' });
hljs.registerAliases(['html', 'jinja', 'jinja2'], { languageName: 'django' });
hljs.registerAliases(['toml', 'env'], { languageName: 'ini' });
hljs.registerAliases(['js', 'ts', 'typescript'], { languageName: 'javascript' });

/** A link to another note, written `[text](note:some-id)` in Markdown. */
export const NOTE_LINK_SCHEME = 'note:';

export interface RenderedMarkdown {
  readonly html: string;
  readonly text: string;
  readonly noteLinks: readonly { readonly id: string; readonly line: number }[];
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

function createRenderer(): MarkdownIt {
  const md: MarkdownIt = markdownIt({
    html: false,
    linkify: false,
    typographer: false,
    highlight: (code, lang) => {
      const language = lang.trim().toLowerCase();
      const highlighted = language && hljs.getLanguage(language)
        ? hljs.highlight(code, { language, ignoreIllegals: true }).value
        : md.utils.escapeHtml(code);
      return `<pre class="hljs"><code class="language-${md.utils.escapeHtml(language || 'plaintext')}">${highlighted}</code></pre>`;
    },
  });
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet('href') ?? '');
    if (href.startsWith(NOTE_LINK_SCHEME)) {
      token.attrSet('href', '#');
      token.attrSet('data-note', href.slice(NOTE_LINK_SCHEME.length));
    } else {
      token.attrSet('data-external', 'true');
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

const renderer = createRenderer();

/** Renders a block of Markdown. `firstLine` is the file line the body starts on. */
export function renderMarkdown(source: string, firstLine = 1): RenderedMarkdown {
  const tokens = renderer.parse(source, {});
  const noteLinks: { id: string; line: number }[] = [];
  const problems: { line: number; message: string }[] = [];
  const text: string[] = [];
  let blockLine = firstLine;
  for (const token of tokens) {
    if (token.map) blockLine = firstLine + token.map[0];
    if (token.type === 'fence' || token.type === 'code_block') text.push(token.content);
    if (token.type === 'fence' && token.info.trim() && !hljs.getLanguage(token.info.trim().split(/\s+/)[0]!.toLowerCase())) {
      problems.push({ line: blockLine, message: `unknown code language "${token.info.trim()}"` });
    }
    if ((token.type === 'th_open' || token.type === 'td_open') && token.attrGet('style')) {
      problems.push({ line: blockLine, message: 'aligned table columns (:--:) render as inline styles, which the webview CSP blocks; use plain --- columns' });
    }
    if (token.type === 'heading_open' && token.tag === 'h1') {
      problems.push({ line: blockLine, message: 'use ## headings in a note body; the panel shows the title as the only h1' });
    }
    for (const child of token.children ?? []) collectInline(child, blockLine, text, noteLinks, problems);
  }
  return { html: renderer.renderer.render(tokens, renderer.options, {}), text: text.join(' ').replace(/\s+/g, ' ').trim(), noteLinks, problems };
}

function collectInline(
  token: Token,
  line: number,
  text: string[],
  noteLinks: { id: string; line: number }[],
  problems: { line: number; message: string }[],
): void {
  if (token.type === 'text' || token.type === 'code_inline') text.push(token.content);
  if (token.type === 'link_open') {
    const href = String(token.attrGet('href') ?? '');
    if (href.startsWith(NOTE_LINK_SCHEME)) noteLinks.push({ id: href.slice(NOTE_LINK_SCHEME.length), line });
    else if (!href.startsWith('https://')) problems.push({ line, message: `link "${href}" must be https:// or note:<id>` });
  }
}

/** Renders one line of Markdown without a wrapping paragraph (quiz questions and choices). */
export function renderInlineMarkdown(source: string): string {
  return renderer.renderInline(source);
}
