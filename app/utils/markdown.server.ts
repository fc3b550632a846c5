import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const linkRel = "nofollow noopener ugc";

// Browsers drop tabs and newlines anywhere in a URL and trim leading control characters, and read
// "\" as "/", which is how "java\tscript:" or "/\evil.example" slip past a naive check. marked
// percent-encodes all of these in the URLs it writes, so a URL that still has one is refused.
const smugglingCharacters = /[\s\p{Cc}\\]/u;

function isSameOriginPath(url: string): boolean {
  return !smugglingCharacters.test(url) && /^\/(?!\/)/.test(url);
}

function isAllowedHref(url: string): boolean {
  return !smugglingCharacters.test(url) && /^(https?:|mailto:|\/(?!\/))/i.test(url);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function escapeWithLineBreaks(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, "<br>");
}

const markdown = new Marked({
  gfm: true,
  // People write on phones: a single line break is meant as one.
  breaks: true,
  async: false,
  renderer: {
    // Authors write Markdown, not HTML: whatever looks like a tag is shown as typed.
    html({ text, block }) {
      return block ? `<p>${escapeWithLineBreaks(text.trim())}</p>\n` : escapeHtml(text);
    },
    // The page's title is its only h1; the author's headings sit one level below, at most h4.
    heading({ tokens, depth }) {
      const level = Math.min(depth + 1, 4);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

// The second line of defence: marked's output is treated as untrusted all the same.
const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "a",
    "hr",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "rel"], img: ["src", "alt"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Beyond the library's raw-text tags, drop the content of tags whose text is never meant to be read.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "xmp",
    "noscript",
    "noembed",
    "noframes",
    "iframe",
    "template",
    "title",
  ],
  transformTags: {
    a: (tagName, { href }): sanitizeHtml.Tag => ({
      tagName,
      attribs: href !== undefined && isAllowedHref(href) ? { href, rel: linkRel } : { rel: linkRel },
    }),
  },
  // Images from elsewhere would tell another server who reads what; only our own uploads are shown.
  exclusiveFilter: (frame) => frame.tag === "img" && !isSameOriginPath(frame.attribs.src ?? ""),
};

/** Markdown from a person, as HTML that is safe to store and show (stories, comments, introductions). */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.parse(source, { async: false }), sanitizeOptions);
}
