// Templates: precompiled handlebars (runtime only at run time) and the default .docx templates.
export async function generateTemplates(_root) {
  return {};
}
