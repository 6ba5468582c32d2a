import {
  type DocxProblem,
  doc,
  type render as viRender,
  type renderErrors as viRenderErrors,
} from '../vi/render.js';

const docxProblems: Record<string, (p: DocxProblem) => string> = {
  unopened_tag: () => 'has a closing "}" without an opening "{"',
  unclosed_tag: () => 'has an opening "{" without a closing "}"',
  duplicate_open_tag: () => 'has two "{" in a row',
  duplicate_close_tag: () => 'has two "}" in a row',
  unclosed_loop: () => 'opens a {#…} block that is never closed with {/…}',
  unopened_loop: () => 'closes a {/…} block that was never opened with {#…}',
  closing_tag_does_not_match_opening_tag: (p) => `opens a block that is closed by {/${p.other ?? ''}}`,
  unbalanced_loop_tags: () => 'is part of {#…}{/…} blocks that cross each other',
  loop_position_invalid: () =>
    'has its opening and closing tags in places that cannot pair (e.g. one inside a table, one outside)',
  raw_xml_tag_should_be_only_text_in_paragraph: () => 'must be alone in its paragraph',
  scopeparser_compilation_failed: () => 'is not a valid tag name',
  scopeparser_execution_failed: () => 'could not be evaluated',
  malformed_xml: () => 'sits in a damaged XML part of the template',
  file_has_invalid_xml: () => 'sits in a damaged XML part of the template',
};

const docxProblem = (p: DocxProblem) =>
  p.tag === ''
    ? `the template file is broken (${p.detail})`
    : `${p.raw ? `the text "${p.tag}"` : `the tag {${p.tag}}`} ${docxProblems[p.id]?.(p) ?? `is wrong (${p.detail})`}`;

export const renderErrors: ReturnType<typeof viRenderErrors> = {
  saveTemplateNotDocx: (a) =>
    `--save-template: "${a.path}" must be a .docx file (the markdown templates are in the repository's templates/ folder).`,
  docxToStdout: () =>
    'A .docx cannot be printed to the terminal; write it to a file with -o, e.g. -o plan.docx.',
  templateKind: (a) =>
    `Template "${a.path}" cannot be used with --format ${a.format}: a ${a.expected} file is needed.`,
  templateNotDocx: (a) => `"${a.path}" is not a Word .docx file (open it in Word and save it as .docx).`,
  templateTag: (a) => `Template "${a.path}": ${docxProblem(a.problem)}.`,
  templateTags: (a) =>
    `Template "${a.path}" has ${a.problems.length} errors:\n${a.problems.map((p) => `  - ${docxProblem(p)}`).join('\n')}`,
  templateUnknown: (a) =>
    `Template "${a.path}" uses tags that are not in the document data: ${a.tags
      .map((t) => `{${t.tag}}${t.suggestion ? ` (did you mean {${t.suggestion}}?)` : ''}`)
      .join(', ')}.\nSee the available fields with: plan render --format json`,
  templateSyntax: (a) =>
    `Template "${a.path}"${a.line ? `, line ${a.line}` : ''}: bad {{…}} syntax (a missing "}}", a tag without a name, or an unclosed {{#…}} block):\n${a.excerpt}`,
  templateOther: (a) => `Template "${a.path}"${a.line ? `, line ${a.line}` : ''}: ${a.detail}`,
  templateField: (a) =>
    `Template "${a.path}"${a.line ? `, line ${a.line}` : ''}: the field "${a.field}" is not in the document data.\nSee the available fields with: plan render --format json`,
  templateHelper: (a) =>
    `Template "${a.path}"${a.line ? `, line ${a.line}` : ''}: there is no helper or block "${a.name}".`,
  templateBlockMismatch: (a) =>
    `Template "${a.path}"${a.line ? `, line ${a.line}` : ''}: the block {{#${a.open}}} is closed by {{/${a.close}}}.`,
};

export const render: ReturnType<typeof viRender> = {
  written: (a) => `✓ Wrote ${a.file} (${a.format}).`,
  templateSaved: (a) =>
    `✓ Wrote the template ${a.file}. Restyle it in Word (fonts, margins, letterhead…), keep the {…} tags, then use: plan ${a.command} --template ${a.file}`,
  /** The document is Vietnamese whatever the interface language (ND30). */
  doc,
};
