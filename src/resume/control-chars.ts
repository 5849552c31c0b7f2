// NUL and the other C0/C1 control characters carry nothing a reader sees, and PostgreSQL
// rejects NUL in text columns; tabs and line breaks carry layout and stay.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}
