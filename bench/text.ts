// Word lists and a text generator for stories in English, German and Dutch. The words are drawn
// with Zipf-like frequencies (earlier in a list = more common), so search terms hit as unevenly
// as in real writing. German and Dutch lists include compounds, which is what the trigram search
// index is for ("kunden" in "Kundenzufriedenheit").
import type { Random } from "./random";

export const languages = ["en", "de", "nl"] as const;
export type Language = (typeof languages)[number];

const words: Record<Language, string> = {
  en: `the a and to of in for with on was she he they we it her his our that this at from after
    before when but so because who had could would not just then very all about into out up
    customer customers colleague colleagues delivery order sofa kitchen table chair store shift team
    phone call email invoice refund warranty assembly driver van warehouse parcel delay appointment
    manager advice measurement fabric sample colour mattress lamp cabinet wardrobe screws instructions
    apartment stairs lift weekend morning evening promise problem solution question answer feedback
    smile thanks listened explained called checked arranged solved helped noticed remembered offered
    delivered repaired replaced stayed drove waited promised wrote asked found brought carried measured
    suggested surprised happy grateful patient friendly honest quick late broken missing perfect small
    extra personal clear careful calm whole new old spare part exchange complaint opening hours café
    deliveries customer-friendly showroom checkout receipt voucher loyalty card`,
  de: `der die das und mit für auf im ein eine nicht sie er wir hat war noch dann weil aber auch
    nach vor bei zum zur sehr schon alles so es den dem
    Kunden Kunde Kundin Lieferung Kollegin Kollege Bestellung Team Filiale Schicht Anruf Termin
    Kundenzufriedenheit Lieferverzögerung Kundendienst Liefertermin Lieferungen Stammkunden Kundenkarte
    Teillieferung Lieferwagen Rechnung Rückerstattung Garantie Montage Fahrer Lager Paket Verspätung
    Beratung Sofa Küche Tisch Stuhl Schrank Matratze Lampe Stoffmuster Farbe Aufbauanleitung Schrauben
    Wohnung Treppe Aufzug Wochenende Morgen Abend Versprechen Problem Lösung Frage Antwort Rückmeldung
    Lächeln Dank zugehört erklärt angerufen geprüft organisiert gelöst geholfen bemerkt erinnert
    angeboten geliefert repariert ersetzt geblieben gefahren gewartet versprochen geschrieben gefragt
    gefunden gebracht getragen ausgemessen vorgeschlagen überrascht glücklich dankbar geduldig
    freundlich ehrlich schnell spät kaputt fehlend perfekt klein persönlich klar sorgfältig ruhig
    kundenfreundlich Ersatzteil Umtausch Reklamation Zufriedenheit Öffnungszeiten Größe Gutschein
    Ausstellungsraum Kassenbon Möbelhaus Lieferschein`,
  nl: `de het een en met voor op in van niet zij hij we heeft was nog dan omdat maar ook na bij
    naar heel al alles zo er die dat
    klant klanten collega bezorging bestelling team winkel dienst telefoontje afspraak levering
    klantvriendelijk klantenservice klanttevredenheid bezorgd bezorger bezorgdag leverancier vertraging
    factuur terugbetaling garantie montage chauffeur magazijn pakket advies bank keuken tafel stoel
    kast matras lamp stofstaal kleur handleiding schroeven appartement trap lift weekend ochtend avond
    belofte probleem oplossing vraag antwoord terugkoppeling glimlach bedankt geluisterd uitgelegd
    gebeld gecontroleerd geregeld opgelost geholpen opgemerkt onthouden aangeboden geleverd
    gerepareerd vervangen gebleven gereden gewacht beloofd geschreven gevraagd gevonden gebracht
    gedragen opgemeten voorgesteld verrast blij dankbaar geduldig vriendelijk eerlijk snel laat kapot
    ontbrekend perfect klein persoonlijk duidelijk zorgvuldig rustig onderdeel ruilen klacht
    openingstijden café cadeaubon showroom kassabon meubelzaak pakbon`,
};

/** Cumulative Zipf weights (exponent 0.9) over a list, for drawing by binary search. */
function vocabulary(list: string) {
  const items = list.split(/\s+/).filter(Boolean);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < items.length; rank++) cumulative.push((total += 1 / (rank + 1) ** 0.9));
  return { items, cumulative, total };
}

const vocabularies = Object.fromEntries(languages.map((language) => [language, vocabulary(words[language])])) as Record<
  Language,
  ReturnType<typeof vocabulary>
>;

function word(random: Random, language: Language) {
  const { items, cumulative, total } = vocabularies[language];
  const target = random.next() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return items[low]!;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(random: Random, language: Language, length: number) {
  const parts: string[] = [];
  for (let index = 0; index < length; index++) parts.push(word(random, language));
  return capitalise(parts.join(" "));
}

export function title(random: Random, language: Language) {
  return sentence(random, language, random.int(4, 8));
}

/** A short line: a comment, a customer quote, a highlight note. */
export function line(random: Random, language: Language, minWords: number, maxWords: number) {
  return `${sentence(random, language, random.int(minWords, maxWords))}.`;
}

/** Markdown of about this many words in paragraphs, with the odd bold word. */
export function body(random: Random, language: Language, wordCount: number) {
  const paragraphs: string[] = [];
  let remaining = wordCount;
  while (remaining > 0) {
    const sentences: string[] = [];
    const paragraphWords = Math.min(remaining, random.int(30, 60));
    let left = paragraphWords;
    while (left > 0) {
      const length = Math.min(left, random.int(6, 14));
      let text = sentence(random, language, length);
      if (random.chance(0.1)) text = text.replace(/ (\S+)$/, " **$1**");
      sentences.push(`${text}.`);
      left -= length;
    }
    paragraphs.push(sentences.join(" "));
    remaining -= paragraphWords;
  }
  return paragraphs.join("\n\n");
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What the app's Markdown renderer would make of body()'s output (paragraphs and bold only). */
export function bodyHtml(markdown: string) {
  return markdown
    .split("\n\n")
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\*\*(\S+?)\*\*/g, "<strong>$1</strong>")}</p>`)
    .join("\n");
}

const firstNames: Record<Language, string[]> = {
  en: [
    "Oliver",
    "Amelia",
    "Noah",
    "Grace",
    "Harry",
    "Emily",
    "Jack",
    "Sophie",
    "George",
    "Chloe",
    "James",
    "Lily",
    "William",
    "Ella",
    "Thomas",
    "Ruby",
    "Daniel",
    "Priya",
    "Samuel",
    "Zoë",
  ],
  de: [
    "Lena",
    "Jonas",
    "Mia",
    "Lukas",
    "Hannah",
    "Felix",
    "Lea",
    "Paul",
    "Sophie",
    "Maximilian",
    "Emma",
    "Leon",
    "Anna",
    "Finn",
    "Marie",
    "Elias",
    "Jana",
    "Sven",
    "Aylin",
    "Jürgen",
  ],
  nl: [
    "Daan",
    "Emma",
    "Sem",
    "Julia",
    "Lucas",
    "Tess",
    "Finn",
    "Sophie",
    "Milan",
    "Lotte",
    "Bram",
    "Fenna",
    "Thijs",
    "Anke",
    "Joris",
    "Femke",
    "Ruben",
    "Sanne",
    "Pieter",
    "Noor",
  ],
};

const lastNames: Record<Language, string[]> = {
  en: [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Evans",
    "Thomas",
    "Johnson",
    "Roberts",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Edwards",
    "Green",
    "Hall",
    "Clarke",
  ],
  de: [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Braun",
    "Zimmermann",
    "Krüger",
    "Yılmaz",
  ],
  nl: [
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
  ],
};

export function personName(random: Random, language: Language) {
  return `${random.pick(firstNames[language])} ${random.pick(lastNames[language])}`;
}

/** "Jürgen van den Berg" -> "jurgen.vandenberg" (before a number is added for uniqueness). */
export function usernameOf(name: string) {
  const [first = "", ...rest] = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .split(" ");
  return `${first}.${rest.join("")}`.replace(/[^a-z.]/g, "");
}

export const cities = [
  "Berlin",
  "Hamburg",
  "München",
  "Köln",
  "Frankfurt",
  "Düsseldorf",
  "Leipzig",
  "Bremen",
  "Hannover",
  "Stuttgart",
  "Amsterdam",
  "Rotterdam",
  "Utrecht",
  "Den Haag",
  "Eindhoven",
  "Groningen",
  "Zwolle",
  "London",
  "Manchester",
  "Leeds",
];
