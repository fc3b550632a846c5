/**
 * Pictures for the demo and the benchmark organisations, drawn here (nothing is downloaded): flat,
 * warm illustrations of the moments the stories tell, rendered by sharp to JPEG like a phone
 * photo, then taken through the same pipeline as any upload. Faces are drawn the same way.
 */
import type { PrismaClient } from "../app/generated/prisma/client";
import sharp from "sharp";
import type { ProcessedImage } from "../app/utils/images.server";
import type { FileStorage } from "../app/utils/storage.server";

/** Where the seeds and the benchmark save what they draw: their own database and storage. */
export type DrawingTarget = { client: PrismaClient; files: FileStorage };

// Imported when first used: the app's modules read DATABASE_URL when loaded, which the benchmark
// points at its own database only after this module is loaded.
const photos = () => import("../app/models/photos.server");

/** A drawn scene as one of the story's photos, by its author, described in the story's language. */
export async function saveScenePhoto(
  image: ProcessedImage,
  kind: SceneKind,
  story: { id: string; authorId: string | null; language: string },
  position: number,
  { client, files }: DrawingTarget,
) {
  const descriptions = sceneDescriptions[kind];
  const description =
    story.language in descriptions ? descriptions[story.language as keyof typeof descriptions] : descriptions.en;
  const { savePhoto } = await photos();
  return savePhoto(
    image,
    { ownerId: story.authorId, purpose: "story", storyId: story.id, position, description },
    { client, files },
  );
}

/** A drawn face as the person's profile photo. */
export async function saveFace(image: ProcessedImage, personId: string, { client, files }: DrawingTarget) {
  const { savePhoto } = await photos();
  const face = await savePhoto(image, { ownerId: personId, purpose: "avatar" }, { client, files });
  await client.user.update({ where: { id: personId }, data: { avatarId: face.id } });
}

export type SceneKind = "sofa" | "rugInRain" | "shelf" | "thankYou" | "delivery" | "desk";
export const sceneKinds: SceneKind[] = ["sofa", "rugInRain", "shelf", "thankYou", "delivery", "desk"];

/** What each picture shows, in the languages stories are written in (the photo's description). */
export const sceneDescriptions: Record<SceneKind, Record<"en" | "de" | "nl", string>> = {
  sofa: {
    en: "The sofa in the customer's living room, cushions in place, by the window",
    de: "Das Sofa im Wohnzimmer der Kundin, Kissen an ihrem Platz, am Fenster",
    nl: "De bank in de woonkamer van de klant, kussens op hun plek, bij het raam",
  },
  rugInRain: {
    en: "A rolled rug being carried to a car boot in the rain, under an umbrella",
    de: "Ein gerollter Teppich wird im Regen unter einem Schirm zum Kofferraum getragen",
    nl: "Een opgerold vloerkleed wordt in de regen onder een paraplu naar de kofferbak gedragen",
  },
  shelf: {
    en: "The rebuilt shelf wall in the store, boxes sorted and labelled",
    de: "Die neu aufgebaute Regalwand im Laden, Kartons sortiert und beschriftet",
    nl: "De opnieuw opgebouwde schappenwand in de winkel, dozen gesorteerd en gelabeld",
  },
  thankYou: {
    en: "A handwritten thank-you card from a customer on the counter, next to a coffee",
    de: "Eine handgeschriebene Dankeskarte einer Kundin auf der Theke, neben einem Kaffee",
    nl: "Een handgeschreven bedankkaartje van een klant op de toonbank, naast een koffie",
  },
  delivery: {
    en: "The delivery van outside a narrow canal house, the sofa on its way up the steps",
    de: "Der Lieferwagen vor einem schmalen Grachtenhaus, das Sofa auf dem Weg die Stufen hinauf",
    nl: "De bestelbus voor een smal grachtenpand, de bank op weg de trap op",
  },
  desk: {
    en: "Fabric swatches, a tape measure and the floor plan on the planning desk",
    de: "Stoffmuster, ein Maßband und der Grundriss auf dem Planungstisch",
    nl: "Stofstalen, een meetlint en de plattegrond op de planningstafel",
  },
};

const palettes = [
  { wall: "#f3e7d9", floor: "#c8a27c", accent: "#c2410c", soft: "#f4b183", deep: "#1e3a5f", leaf: "#3f7d58" },
  { wall: "#e3ecef", floor: "#9fb2b8", accent: "#1d4ed8", soft: "#93c5fd", deep: "#27303f", leaf: "#2f855a" },
  { wall: "#f1ece4", floor: "#b08968", accent: "#047857", soft: "#a7d7c5", deep: "#3b2f2f", leaf: "#4d7c0f" },
  { wall: "#efe6f5", floor: "#b7a3c7", accent: "#7c3aed", soft: "#d8b4fe", deep: "#2e1f47", leaf: "#3f6212" },
  { wall: "#fbecd5", floor: "#d6a35c", accent: "#b45309", soft: "#fcd34d", deep: "#422006", leaf: "#15803d" },
];

/** A small deterministic random source, so the same seed draws the same picture. */
function randomFrom(seed: number) {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

type Palette = (typeof palettes)[number];
type Draw = (palette: Palette, random: () => number) => string;

const W = 1600;
const H = 1200;
const window = (x: number, y: number, w: number, h: number) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="#dbeafe"/>` +
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="url(#light)" opacity="0.8"/>` +
  `<path d="M${x + w / 2} ${y}v${h}M${x} ${y + h / 2}h${w}" stroke="#fff" stroke-width="14"/>`;
const plant = (x: number, y: number, leaf: string) =>
  `<rect x="${x - 40}" y="${y}" width="80" height="90" rx="14" fill="#8d6e63"/>` +
  [0, 1, 2, 3, 4]
    .map(
      (index) =>
        `<ellipse cx="${x + (index - 2) * 26}" cy="${y - 60 - (index % 2) * 40}" rx="26" ry="70" fill="${leaf}" transform="rotate(${(index - 2) * 18} ${x} ${y})"/>`,
    )
    .join("");

const scenes: Record<SceneKind, Draw> = {
  sofa: (p, r) => `
    <rect width="${W}" height="${H}" fill="${p.wall}"/>
    ${window(980, 160, 420, 420)}
    <rect y="${H * 0.68}" width="${W}" height="${H * 0.32}" fill="${p.floor}"/>
    <ellipse cx="760" cy="${H * 0.86}" rx="560" ry="90" fill="${p.soft}" opacity="0.7"/>
    <rect x="280" y="560" width="900" height="260" rx="60" fill="${p.deep}"/>
    <rect x="240" y="640" width="980" height="210" rx="70" fill="${p.accent}"/>
    <rect x="320" y="600" width="${180 + r() * 40}" height="150" rx="40" fill="${p.soft}"/>
    <rect x="${760 + r() * 60}" y="610" width="190" height="140" rx="40" fill="#fff7ed" opacity="0.9"/>
    <rect x="280" y="850" width="30" height="60" fill="#3f3f46"/><rect x="1150" y="850" width="30" height="60" fill="#3f3f46"/>
    ${plant(1380, 760, p.leaf)}
    <path d="M120 820V380" stroke="#3f3f46" stroke-width="12"/><path d="M40 380h160l-40-120h-80z" fill="${p.soft}"/>`,
  rugInRain: (p, r) => `
    <rect width="${W}" height="${H}" fill="#9aa7b4"/>
    <rect x="0" y="120" width="700" height="640" fill="${p.wall}"/>
    <rect x="80" y="220" width="540" height="300" fill="#fef3c7" opacity="0.9"/>
    <rect x="0" y="120" width="700" height="70" fill="${p.accent}"/>
    <rect y="${H * 0.7}" width="${W}" height="${H * 0.3}" fill="#4b5563"/>
    <rect x="820" y="520" width="700" height="300" rx="70" fill="${p.deep}"/>
    <rect x="900" y="420" width="460" height="180" rx="50" fill="${p.deep}"/>
    <rect x="940" y="450" width="180" height="110" rx="20" fill="#cbd5e1"/>
    <circle cx="960" cy="830" r="80" fill="#111827"/><circle cx="1380" cy="830" r="80" fill="#111827"/>
    <rect x="620" y="560" width="520" height="90" rx="45" fill="${p.soft}" transform="rotate(-12 880 600)"/>
    <circle cx="${650 + r() * 20}" cy="620" r="40" fill="${p.accent}" transform="rotate(-12 880 600)"/>
    <path d="M520 420c80-140 300-140 380 0z" fill="${p.accent}"/><path d="M710 420v240" stroke="#1f2937" stroke-width="10"/>
    ${Array.from({ length: 90 }, () => {
      const x = r() * W;
      const y = r() * H * 0.7;
      return `<path d="M${x} ${y}l-14 48" stroke="#e5e7eb" stroke-width="4" opacity="0.6"/>`;
    }).join("")}`,
  shelf: (p, r) => `
    <rect width="${W}" height="${H}" fill="${p.wall}"/>
    <rect y="${H * 0.8}" width="${W}" height="${H * 0.2}" fill="${p.floor}"/>
    ${[0, 1, 2]
      .map((column) => {
        const x = 160 + column * 460;
        const shelves = [0, 1, 2, 3]
          .map((row) => {
            const y = 220 + row * 210;
            const boxes = [0, 1, 2]
              .map((box) => {
                const h = 100 + r() * 60;
                const colour = [p.soft, p.accent, "#e7d3b8"][(box + row + column) % 3];
                return `<rect x="${x + 20 + box * 130}" y="${y + 170 - h}" width="110" height="${h}" rx="8" fill="${colour}"/><rect x="${x + 45 + box * 130}" y="${y + 190 - h}" width="60" height="18" rx="4" fill="#fff"/>`;
              })
              .join("");
            return `${boxes}<rect x="${x}" y="${y + 170}" width="420" height="22" fill="${p.deep}"/>`;
          })
          .join("");
        return `<rect x="${x}" y="200" width="16" height="780" fill="${p.deep}"/><rect x="${x + 404}" y="200" width="16" height="780" fill="${p.deep}"/>${shelves}`;
      })
      .join("")}
    ${plant(1500, 880, p.leaf)}`,
  thankYou: (p, r) => `
    <rect width="${W}" height="${H}" fill="${p.floor}"/>
    ${Array.from({ length: 12 }, (_, index) => `<path d="M0 ${index * 110 + r() * 20}H${W}" stroke="#000" stroke-width="3" opacity="0.06"/>`).join("")}
    <rect x="360" y="260" width="820" height="580" rx="18" fill="#fffdf7" transform="rotate(-5 770 550)"/>
    <g transform="rotate(-5 770 550)">
      <path d="M460 380c40-30 80 30 120 0s80 30 120 0 80 30 120 0" stroke="${p.deep}" stroke-width="10" fill="none" stroke-linecap="round"/>
      ${[0, 1, 2, 3]
        .map(
          (line) =>
            `<path d="M460 ${500 + line * 70}c${60 + r() * 30} -18 ${120 + r() * 60} 18 ${200 + r() * 80} 0s${120 + r() * 40} 14 ${180 + r() * 60} 0" stroke="#475569" stroke-width="7" fill="none" stroke-linecap="round"/>`,
        )
        .join("")}
      <path d="M980 760c20-40 80-40 80 0s-80 60-80 60-80-20-80-60 60-40 80 0z" fill="${p.accent}"/>
    </g>
    <circle cx="1330" cy="900" r="150" fill="#f8fafc"/><circle cx="1330" cy="900" r="110" fill="#78350f"/>
    <circle cx="1330" cy="900" r="70" fill="#a16207" opacity="0.6"/>
    <rect x="120" y="820" width="260" height="40" rx="20" fill="${p.leaf}" transform="rotate(20 250 840)"/>`,
  delivery: (p, r) => `
    <rect width="${W}" height="${H}" fill="#bfdbfe"/>
    <rect x="220" y="80" width="460" height="820" fill="${p.accent}"/>
    <path d="M220 80l230-80 230 80z" fill="${p.deep}"/>
    ${[0, 1, 2].map((row) => `<rect x="280" y="${160 + row * 200}" width="140" height="140" rx="8" fill="#fef9c3"/><rect x="480" y="${160 + row * 200}" width="140" height="140" rx="8" fill="#fef9c3"/>`).join("")}
    <rect x="380" y="720" width="140" height="180" rx="8" fill="${p.deep}"/>
    ${[0, 1, 2, 3].map((step) => `<rect x="${340 - step * 30}" y="${900 + step * 40}" width="${220 + step * 60}" height="40" fill="#9ca3af"/>`).join("")}
    <rect y="${H * 0.88}" width="${W}" height="${H * 0.12}" fill="#64748b"/>
    <rect x="820" y="600" width="660" height="360" rx="40" fill="#f8fafc"/>
    <rect x="1330" y="680" width="190" height="280" rx="30" fill="#e2e8f0"/><rect x="1360" y="700" width="130" height="110" rx="16" fill="#93c5fd"/>
    <rect x="860" y="700" width="420" height="60" rx="16" fill="${p.accent}"/>
    <circle cx="960" cy="980" r="70" fill="#1f2937"/><circle cx="1380" cy="980" r="70" fill="#1f2937"/>
    <rect x="${300 + r() * 30}" y="820" width="320" height="110" rx="30" fill="${p.soft}" transform="rotate(-28 460 875)"/>
    <path d="M60 1100c300-60 600 60 900 0s500-40 700 0" stroke="#60a5fa" stroke-width="24" fill="none"/>`,
  desk: (p, r) => `
    <rect width="${W}" height="${H}" fill="${p.floor}"/>
    <rect x="180" y="160" width="760" height="560" rx="12" fill="#ffffff" transform="rotate(4 560 440)"/>
    <g transform="rotate(4 560 440)" stroke="${p.deep}" stroke-width="8" fill="none">
      <rect x="240" y="220" width="640" height="440"/><path d="M560 220v220h320M240 500h180v160"/>
      <rect x="300" y="260" width="${150 + r() * 60}" height="100" fill="${p.soft}" stroke="none" opacity="0.8"/>
    </g>
    ${[0, 1, 2, 3, 4]
      .map(
        (index) =>
          `<rect x="${1000 + index * 70}" y="${220 + index * 60}" width="300" height="200" rx="14" fill="${[p.accent, p.soft, p.deep, p.leaf, "#e7d3b8"][index]}" transform="rotate(${-10 + index * 6} ${1150 + index * 70} ${320 + index * 60})"/>`,
      )
      .join("")}
    <circle cx="520" cy="930" r="130" fill="#facc15"/><circle cx="520" cy="930" r="55" fill="#fde68a"/>
    <path d="M640 930h${380 + r() * 120}" stroke="#facc15" stroke-width="46"/>
    ${Array.from({ length: 14 }, (_, index) => `<path d="M${660 + index * 28} 912v${index % 2 ? 14 : 26}" stroke="#713f12" stroke-width="4"/>`).join("")}
    <rect x="1180" y="820" width="260" height="40" rx="20" fill="${p.deep}" transform="rotate(-30 1310 840)"/>`,
};

/** A picture of the scene as a phone would send it: a JPEG, drawn at 1600 × 1200 and sent at 1280 × 960. */
export async function drawScene(kind: SceneKind, seed: number) {
  const random = randomFrom(seed * 7919 + sceneKinds.indexOf(kind) + 1);
  const palette = palettes[seed % palettes.length]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
    <defs><linearGradient id="light" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#fde68a"/></linearGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.28"/></radialGradient></defs>
    ${scenes[kind](palette, random)}
    <rect width="${W}" height="${H}" fill="url(#vignette)"/></svg>`;
  return sharp(Buffer.from(svg)).resize(1280, 960).jpeg({ quality: 86 }).toBuffer();
}

/** A face: head and shoulders on a colour of the person's own, for the few who set a photo. */
export async function drawFace(seed: number) {
  const random = randomFrom(seed * 104729 + 3);
  const backgrounds = ["#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa"];
  const skins = ["#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac", "#a0522d"];
  const hairs = ["#2d1b0e", "#5a3825", "#b55239", "#e6be8a", "#111827", "#6b7280"];
  const shirts = ["#1d4ed8", "#047857", "#c2410c", "#7c3aed", "#0f766e", "#be123c"];
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  const hair = pick(hairs);
  const skin = skins[seed % skins.length]!;
  const style = seed % 3;
  // Long hair falls behind the shoulders, curls sit around the head, short hair stays on top.
  const back =
    style === 0
      ? `<path d="M240 360c0-200 320-200 320 0v300h-320z" fill="${hair}"/>`
      : style === 1
        ? Array.from({ length: 9 }, (_, index) => {
            const angle = (Math.PI * (index + 1)) / 10;
            return `<circle cx="${400 - Math.cos(angle) * 170}" cy="${360 - Math.sin(angle) * 190}" r="62" fill="${hair}"/>`;
          }).join("")
        : `<ellipse cx="400" cy="300" rx="160" ry="150" fill="${hair}"/>`;
  const glasses =
    random() < 0.35
      ? `<g stroke="#1f2937" stroke-width="8" fill="none"><circle cx="350" cy="390" r="36"/><circle cx="450" cy="390" r="36"/><path d="M386 390h28"/></g>`
      : "";
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
    <rect width="800" height="800" fill="${pick(backgrounds)}"/>
    ${back}
    <ellipse cx="400" cy="860" rx="330" ry="260" fill="${pick(shirts)}"/>
    <rect x="350" y="470" width="100" height="120" rx="40" fill="${skin}"/>
    <ellipse cx="400" cy="380" rx="135" ry="165" fill="${skin}"/>
    <path d="M262 350c10-150 260-170 278-10c-50-60-170-70-278 10z" fill="${hair}"/>
    <circle cx="350" cy="390" r="10" fill="#1f2937"/><circle cx="450" cy="390" r="10" fill="#1f2937"/>${glasses}
    <path d="M355 470c30 24 60 24 90 0" stroke="#7f1d1d" stroke-width="9" fill="none" stroke-linecap="round"/></svg>`;
  return sharp(Buffer.from(svg)).resize(400, 400).jpeg({ quality: 86 }).toBuffer();
}
