/**
 * What user Markdown shows beyond text, drawn on the server so that pages stay small and
 * nothing a user typed reaches the browser as markup: syntax highlighting of code blocks
 * ({@link app.mockinterview.markdown.CodeHighlighter}) and diagrams from Mermaid-style
 * text drawn as inline SVG ({@link app.mockinterview.markdown.Diagrams}). Depends on no
 * other package; {@code content.UserMarkdown} calls it and sanitises the result.
 */
package app.mockinterview.markdown;
