/**
 * The highlighter's stylesheet, inside its shadow root: the page's CSS cannot reach it, and it reaches nothing of
 * the page. System fonts and colours follow the reader's light or dark preference. The note editor's own styles are
 * in its frame (`entrypoints/editor/style.css`).
 */
export const HIGHLIGHTER_CSS = `
:host { all: initial !important; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.layer { position: fixed; z-index: 2147483647; color: #1c1c1e; }
.save-button {
  display: inline-flex; align-items: center; gap: 6px; padding: 6px 10px; border: 0; border-radius: 8px;
  background: #1c1c1e; color: #fff; cursor: pointer; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
}
.save-button:focus-visible { outline: 2px solid #0a84ff; outline-offset: 2px; }
.editor-frame { display: block; border: 0; background: transparent; color-scheme: normal; }
.toast { padding: 8px 12px; border-radius: 8px; background: #1c1c1e; color: #fff; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25); max-width: 320px; }
.toast.problem { background: #b00020; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .layer { color: #f2f2f7; }
  .save-button, .toast { background: #f2f2f7; color: #1c1c1e; }
}
`;
