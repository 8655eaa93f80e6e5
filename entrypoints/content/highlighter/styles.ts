/**
 * The highlighter's stylesheet, inside its shadow root: the page's CSS cannot reach it, and it reaches nothing of
 * the page. System fonts and colours follow the reader's light or dark preference.
 */
export const HIGHLIGHTER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.layer { position: fixed; z-index: 2147483647; color: #1c1c1e; }
.save-button {
  display: inline-flex; align-items: center; gap: 6px; padding: 6px 10px; border: 0; border-radius: 8px;
  background: #1c1c1e; color: #fff; cursor: pointer; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
}
.save-button:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #0a84ff; outline-offset: 2px; }
.editor {
  width: 300px; padding: 12px; border-radius: 10px; background: #fff; border: 1px solid rgb(0 0 0 / 0.12);
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.2); display: grid; gap: 8px;
}
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
legend { font-weight: 600; margin-bottom: 4px; padding: 0; }
.colour { display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px 2px 4px; border-radius: 999px; border: 1px solid rgb(0 0 0 / 0.15); cursor: pointer; }
.colour:has(input:checked) { border-color: #1c1c1e; box-shadow: inset 0 0 0 1px #1c1c1e; }
.colour input { margin: 0; accent-color: #1c1c1e; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
label.field { display: grid; gap: 2px; font-weight: 600; }
textarea, input[type=text] {
  font-weight: 400; width: 100%; padding: 6px; border-radius: 6px; border: 1px solid rgb(0 0 0 / 0.25);
  background: #fff; color: inherit; resize: vertical;
}
textarea { min-height: 64px; }
.actions { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.actions .keys { color: #6e6e73; font-size: 11px; }
.actions .buttons { display: flex; gap: 6px; flex-shrink: 0; }
.title { font-weight: 700; font-size: 14px; }
.actions button { padding: 5px 12px; border-radius: 6px; border: 1px solid rgb(0 0 0 / 0.2); background: #f2f2f7; color: inherit; cursor: pointer; }
.actions button.primary { background: #0a84ff; border-color: #0a84ff; color: #fff; }
.actions button:disabled { opacity: 0.6; cursor: progress; }
.error { color: #b00020; margin: 0; }
.toast { padding: 8px 12px; border-radius: 8px; background: #1c1c1e; color: #fff; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25); max-width: 320px; }
.toast.problem { background: #b00020; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .layer { color: #f2f2f7; }
  .editor { background: #2c2c2e; border-color: rgb(255 255 255 / 0.15); }
  textarea, input[type=text] { background: #1c1c1e; border-color: rgb(255 255 255 / 0.25); }
  .actions button { background: #3a3a3c; border-color: rgb(255 255 255 / 0.2); }
  .colour { border-color: rgb(255 255 255 / 0.2); }
  .colour:has(input:checked) { border-color: #f2f2f7; box-shadow: inset 0 0 0 1px #f2f2f7; }
  .save-button, .toast { background: #f2f2f7; color: #1c1c1e; }
  .error { color: #ff6b81; }
}
`;
