import { Window } from "happy-dom";
import { afterAll, describe, expect, it } from "vitest";
import { renderMarkdown } from "~/utils/markdown.server";

const allowedTags = new Set([
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
]);
const allowedAttributes: Record<string, string[]> = { a: ["href", "rel"], img: ["src", "alt"], ol: ["start"] };
const dangerousInAttribute = ["<script", "javascript:", "vbscript:", "data:"];

// happy-dom is a declared dev dependency, unlike sanitize-html's own parser, and parses like a browser.
const window = new Window();
afterAll(() => window.happyDOM.close());

function parse(html: string) {
  // A template's content is inert: nothing in it loads or runs while we look at it.
  const template = window.document.createElement("template");
  template.innerHTML = html;
  return template.content;
}

/** Fails unless the HTML holds nothing but allowlisted tags with safe attributes. */
function expectHarmless(html: string) {
  // Every "<" the sanitiser lets through must open or close an allowlisted tag; text has "&lt;".
  for (const match of html.matchAll(/<\/?([^\s/>]*)/g)) {
    expect(allowedTags, `raw markup ${match[0]}`).toContain(match[1]!.toLowerCase());
  }

  for (const element of Array.from(parse(html).querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    expect(allowedTags, `element <${tag}>`).toContain(tag);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? "";
      expect(name, `attribute ${name} on <${tag}>`).not.toMatch(/^on/i);
      expect(allowedAttributes[tag] ?? [], `attribute ${name} on <${tag}>`).toContain(name);
      // Browsers ignore these characters inside a scheme, so they are ignored here too.
      const squeezed = value.replace(/[\s\p{Cc}]/gu, "").toLowerCase();
      for (const needle of dangerousInAttribute) expect(squeezed, `${name}="${value}"`).not.toContain(needle);
    }
    if (tag === "a") {
      expect(element.getAttribute("rel")).toBe("nofollow noopener ugc");
      const href = element.getAttribute("href");
      if (href !== null) expect(href).toMatch(/^(https?:|mailto:|\/(?![/\\]))[^\s\p{Cc}\\]*$/iu);
    }
    if (tag === "img") expect(element.getAttribute("src")).toMatch(/^\/(?![/\\])[^\s\p{Cc}\\]*$/u);
  }
}

describe("renderMarkdown", () => {
  it("renders emphasis, strike-through and inline code", () => {
    expect(renderMarkdown("*great* **service** ~~slow~~ `code`")).toBe(
      "<p><em>great</em> <strong>service</strong> <del>slow</del> <code>code</code></p>\n",
    );
  });

  it("keeps single line breaks, as typed on a phone", () => {
    expect(renderMarkdown("first line\nsecond line")).toBe("<p>first line<br />second line</p>\n");
  });

  it("renders lists, keeping where a numbered list starts", () => {
    const html = renderMarkdown("- tea\n- coffee\n\n3. third\n4. fourth");
    expect(html).toContain("<ul>\n<li>tea</li>\n<li>coffee</li>\n</ul>");
    expect(html).toContain('<ol start="3">\n<li>third</li>');
  });

  it("demotes headings so the page title stays the only h1", () => {
    expect(renderMarkdown("# One\n## Two\n### Three\n###### Six")).toBe(
      "<h2>One</h2>\n<h3>Two</h3>\n<h4>Three</h4>\n<h4>Six</h4>\n",
    );
  });

  it("marks every link as user content", () => {
    expect(renderMarkdown("[shop](https://example.com/shop) and [story](/stories/abc)")).toBe(
      '<p><a href="https://example.com/shop" rel="nofollow noopener ugc">shop</a> and ' +
        '<a href="/stories/abc" rel="nofollow noopener ugc">story</a></p>\n',
    );
    expect(renderMarkdown("<mailto:team@example.com>")).toContain('href="mailto:team@example.com"');
  });

  it("escapes what is inside code blocks", () => {
    expect(renderMarkdown("```html\n<script>alert(1)</script>\n```")).toBe(
      "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n",
    );
  });

  it("shows raw HTML as text instead of running or dropping it", () => {
    expect(renderMarkdown("<b>bold</b>")).toBe("<p>&lt;b&gt;bold&lt;/b&gt;</p>\n");
    expect(renderMarkdown("Dear <customer name>, thanks")).toContain("Dear &lt;customer name&gt;, thanks");
    expect(renderMarkdown('<div>\n"Thanks" & see\nyou</div>')).toBe(
      '<p>&lt;div&gt;<br />"Thanks" &amp; see<br />you&lt;/div&gt;</p>\n',
    );
  });

  it("keeps images from our own uploads", () => {
    expect(renderMarkdown("![plan](/uploads/plan.png)")).toBe('<p><img src="/uploads/plan.png" alt="plan" /></p>\n');
  });

  it("drops images from other sites", () => {
    for (const source of ["![x](https://evil.example/x.png)", "![x](//evil.example/x.png)", "![x](x.png)"]) {
      expect(renderMarkdown(source)).not.toContain("<img");
    }
  });

  it("keeps the text of a link whose address is refused", () => {
    expect(renderMarkdown("[click me](javascript:alert(1))")).toBe(
      '<p><a rel="nofollow noopener ugc">click me</a></p>\n',
    );
  });

  it("renders GFM tables", () => {
    expect(renderMarkdown("| a | b |\n|:--|--:|\n| 1 | 2 |")).toContain("<td>1</td>");
  });
});

// In the spirit of OWASP's XSS filter evasion cheat sheet, plus Markdown's own ways in.
const hostileInputs: Array<[string, string]> = [
  // script tags
  ["script tag", "<script>alert(1)</script>"],
  ["script tag upper case", "<SCRIPT>alert(1)</SCRIPT>"],
  ["script tag mixed case", "<ScRiPt>alert(1)</sCrIpT>"],
  ["script with external src", "<script src=//evil.example/x.js></script>"],
  ["script with slash before attribute", '<script/xss src="http://evil.example/x.js"></script>'],
  ["script with extra open bracket", "<<script>alert(1);//<</script>"],
  ["script nested in script", "<scr<script>ipt>alert(1)</scr</script>ipt>"],
  ["script unclosed", "<script>alert(1)"],
  ["script with newline in tag", "<script\n>alert(1)</script\n>"],
  ["script after breaking out of attribute", '"><script>alert(1)</script>'],
  ["script between paragraphs", "</p><script>alert(1)</script><p>"],
  ["script inline in a sentence", "thanks <script>alert(1)</script> team"],
  ["script after xml declaration", '<?xml version="1.0"?><script>alert(1)</script>'],
  ["script after doctype", "<!DOCTYPE html><script>alert(1)</script>"],
  ["script in quoted image junk", '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">'],

  // event handlers
  ["img onerror", "<img src=x onerror=alert(1)>"],
  ["img onerror upper case", '<IMG SRC=x ONERROR="alert(1)">'],
  ["img onerror self-closing", '<img src="x" onerror="alert(1)"/>'],
  ["img onerror with same-origin src", "<img src=/uploads/a.png onerror=alert(1)>"],
  ["img attributes split by slashes", "<img/src=x/onerror=alert(1)>"],
  ["img onerror unclosed", "<img src=x onerror=alert(1)"],
  ["img with backtick attributes", "<img src=`x` onerror=`alert(1)`>"],
  ["body onload", "<body onload=alert(1)>"],
  ["div onmouseover", '<div onmouseover="alert(1)">hover</div>'],
  ["input onfocus autofocus", "<input onfocus=alert(1) autofocus>"],
  ["select onfocus autofocus", "<select onfocus=alert(1) autofocus></select>"],
  ["details ontoggle", "<details open ontoggle=alert(1)>"],
  ["video source onerror", '<video><source onerror="alert(1)"></video>'],
  ["audio onerror", "<audio src=x onerror=alert(1)>"],
  ["marquee onstart", "<marquee onstart=alert(1)>x</marquee>"],
  ["anchor onclick", '<a href="#" onclick="alert(1)">click</a>'],
  ["paragraph onpointerenter", "<p onpointerenter=alert(1)>p</p>"],

  // javascript:, vbscript:, data: and friends in Markdown links
  ["link javascript", "[click](javascript:alert(1))"],
  ["link javascript mixed case", "[click](JaVaScRiPt:alert(1))"],
  ["link colon as decimal entity", "[click](javascript&#58;alert(1))"],
  ["link colon as hex entity", "[click](javascript&#x3A;alert(1))"],
  ["link first letter as entity", "[click](&#106;avascript:alert(1))"],
  ["link decimal entities without semicolons", "[click](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1))"],
  [
    "link decimal entities with padding zeros",
    "[click](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
  ],
  ["link hex entities", "[click](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))"],
  ["link encoded tab in scheme", "[click](jav&#x09;ascript:alert(1))"],
  ["link encoded newline in scheme", "[click](jav&#x0A;ascript:alert(1))"],
  ["link encoded carriage return in scheme", "[click](jav&#x0D;ascript:alert(1))"],
  ["link literal tab in scheme", "[click](<jav\tascript:alert(1)>)"],
  ["link leading spaces", "[click](  javascript:alert(1))"],
  ["link in angle brackets", "[click](<javascript:alert(1)>)"],
  ["link leading NUL", "[click](\u0000javascript:alert(1))"],
  ["link leading control character as entity", "[click](&#14;javascript:alert(1))"],
  ["link colon URL-encoded", "[click](javascript%3Aalert(1))"],
  ["link scheme URL-encoded", "[click](%6A%61%76%61%73%63%72%69%70%74:alert(1))"],
  ["link newline URL-encoded in scheme", "[click](java%0ascript:alert(1))"],
  ["link javascript with comment trick", "[click](javascript://example.com/%0Aalert(1))"],
  ["link javascript with title", '[click](javascript:alert(1) "title")'],
  ["link javascript with parentheses as entities", "[click](javascript:alert&#40;1&#41;)"],
  ["link backslash in scheme", "[click](java\\script:alert(1))"],
  ["link vbscript", "[click](vbscript:msgbox(1))"],
  ["link vbscript mixed case", "[click](VBScript:msgbox(1))"],
  ["link data html base64", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["link data upper case", "[click](DATA:text/html,alert(1))"],
  ["link file", "[click](file:///etc/passwd)"],
  ["link protocol-relative", "[click](//evil.example)"],
  ["link slash backslash", "[click](/\\evil.example)"],
  ["link with quote breaking the attribute", '[click](https://example.com" onclick="alert(1))'],
  ["link title breaking the attribute", "[click](https://example.com 'x\" onmouseover=\"alert(1)')"],
  ["link title with script", '[click](https://example.com "<script>alert(1)</script>")'],

  // autolinks and reference-style links
  ["autolink javascript", "<javascript:alert(1)>"],
  ["autolink javascript upper case", "<JAVASCRIPT:alert(1)>"],
  ["autolink vbscript", "<vbscript:msgbox(1)>"],
  ["autolink data", "<data:text/html;base64,PHNjcmlwdD4=>"],
  ["autolink with quote", '<http://example.com/"onmouseover="alert(1)>'],
  ["bare URL followed by script", "https://example.com/<script>alert(1)</script>"],
  ["reference link javascript", "[click][1]\n\n[1]: javascript:alert(1)"],
  ["reference link in angle brackets", '[click]\n\n[click]: <javascript:alert(1)> "title"'],
  ["reference link data", "[click][1]\n\n[1]: data:text/html;base64,PHNjcmlwdD4="],
  ["reference image javascript", "![x][img]\n\n[img]: javascript:alert(1)"],

  // Markdown images
  ["image javascript", "![x](javascript:alert(1))"],
  ["image external https", "![x](https://evil.example/x.png)"],
  ["image external http", "![x](http://evil.example/x.png)"],
  ["image protocol-relative", "![x](//evil.example/x.png)"],
  ["image protocol-relative in angle brackets", "![x](<//evil.example/x.png>)"],
  ["image slash backslash", "![x](/\\evil.example/x.png)"],
  ["image data svg", "![x](data:image/svg+xml;base64,PHN2Zy8+)"],
  ["image alt breaking the attribute", '![x" onerror="alert(1)](/uploads/a.png)'],
  ["image src breaking the attribute", '![x](/uploads/a.png" onerror="alert(1))'],
  ["image title breaking the attribute", '![x](/uploads/a.png "t\\" onerror=\\"alert(1)")'],
  ["image with HTML as alt", "![<img src=x onerror=alert(1)>](/uploads/a.png)"],
  ["image inside javascript link", "[![x](/uploads/a.png)](javascript:alert(1))"],

  // HTML inside Markdown constructs
  ["HTML in link text", "[<img src=x onerror=alert(1)>](https://example.com)"],
  ["script in link text", "[<script>alert(1)</script>](https://example.com)"],
  ["HTML in emphasis", "*<img src=x onerror=alert(1)>*"],
  ["script in blockquote", "> <script>alert(1)</script>"],
  ["HTML in list item", "- <img src=x onerror=alert(1)>"],
  ["script in heading", "# <script>alert(1)</script>"],
  ["HTML in table cells", "| <script>alert(1)</script> |\n|---|\n| <img src=x onerror=alert(1)> |"],
  ["script in code span", "`<script>alert(1)</script>`"],
  ["fenced code language breaking out", '```"><script>alert(1)</script>\nx\n```'],
  ["fenced code language with handler", "```js onload=alert(1)\nx\n```"],
  ["backslash-escaped brackets", "\\<script>alert(1)\\</script>"],
  ["named entities", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ["numeric entities", "&#60;script&#62;alert(1)&#60;/script&#62;"],

  // SVG and MathML
  ["svg onload", "<svg onload=alert(1)>"],
  ["svg onload with slash", "<svg/onload=alert(1)>"],
  ["svg script", "<svg><script>alert(1)</script></svg>"],
  ["svg xlink href", '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>'],
  ["svg animate onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"],
  ["svg set href", '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>'],
  ["svg foreignObject iframe", '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>'],
  ["mathml mglyph style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  [
    "mathml mglyph comment",
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  ],
  ["mathml href", '<math href="javascript:alert(1)">click</math>'],
  ["mathml maction", '<math><maction actiontype="statusline#" xlink:href="javascript:alert(1)">x</maction></math>'],

  // frames, objects, documents and forms
  ["iframe javascript", '<iframe src="javascript:alert(1)"></iframe>'],
  ["iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ["object data", '<object data="javascript:alert(1)"></object>'],
  ["embed data", '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">'],
  ["base href", '<base href="javascript:alert(1)//">'],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ["form action", '<form action="javascript:alert(1)"><input type=submit></form>'],
  ["button formaction", '<form><button formaction="javascript:alert(1)">go</button></form>'],
  ["link import", '<link rel="import" href="https://evil.example/x.html">'],
  ["isindex action", '<isindex action="javascript:alert(1)" type=image>'],

  // styles
  ["style url javascript", '<style>body{background:url("javascript:alert(1)")}</style>'],
  ["style import", "<style>@import 'https://evil.example/x.css';</style>"],
  ["style attribute expression", '<div style="width: expression(alert(1))">x</div>'],
  ["style attribute url javascript", '<p style="background-image:url(javascript:alert(1))">x</p>'],

  // raw-text elements, comments, CDATA and broken markup
  ["textarea with script", "<textarea><script>alert(1)</script></textarea>"],
  ["noscript breaking out through a title", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ["title with img", "<title><img src=x onerror=alert(1)></title>"],
  ["xmp with img", "<xmp><img src=x onerror=alert(1)></xmp>"],
  ["template with script", "<template><script>alert(1)</script></template>"],
  ["plaintext with script", "<plaintext><script>alert(1)</script>"],
  ["comment hiding img", "<!--<img src=x onerror=alert(1)>-->"],
  ["conditional comment", "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->"],
  ["CDATA with script", "<![CDATA[<script>alert(1)</script>]]>"],
  ["anchor unterminated", '<a href="javascript:alert(1)">unterminated'],
  ["anchor quote-less href", "<a href=javascript:alert(1)>quoteless</a>"],
  ["anchor backtick href", "<a href=`javascript:alert(1)`>backtick</a>"],
  ["anchor entity tab in href", '<a href="jav&#x09;ascript:alert(1)">tab</a>'],
  ["anchor hex entity in href", '<a href="&#x6A;avascript:alert(1)">x</a>'],
  ["anchor data href", '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>'],
  ["anchor vbscript href", '<a href="vbscript:msgbox(1)">x</a>'],
  ["img entity carriage return in src", '<IMG SRC="jav&#x0D;ascript:alert(1);">'],
  ["img leading spaces and control entity in src", '<IMG SRC=" &#14;  javascript:alert(1);">'],
  ["img src with fromCharCode", "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>"],
];

describe("renderMarkdown with hostile input", () => {
  it("has a corpus of at least 70 cases", () => {
    expect(hostileInputs.length).toBeGreaterThanOrEqual(70);
  });

  it.each(hostileInputs)("%s", (_name, source) => {
    expectHarmless(renderMarkdown(source));
  });
});
