/**
 * Crux's cleanup of what Readability leaves in an article body. Readability finds the right container but keeps
 * what publishers put inside it: the deck and byline line under the headline, photo captions and credits, share /
 * newsletter / comment prompts, "More from …" link lists, copyright lines. Each rule here works from structure and
 * general patterns — class and id hints kept from the page, link density, short non-sentence lines, position at the
 * top or bottom of the body — never from one site's wording. Two passes:
 *
 * 1. {@link pruneContent} removes whole elements from Readability's content (hidden nodes, hover cards,
 *    figcaptions, widgets whose class names say what they are).
 * 2. {@link cleanBlocks} drops block-level lines: the top matter (title repeat, deck, byline, date), boilerplate
 *    lines anywhere, related-link runs, and junk after the last real paragraph. The deck is kept as metadata.
 */
import type { SourceBlock } from './blocks';
import { isNoteMarker } from './footnotes';
import { cleanByline, readLabelledAuthor } from './metadata';
import { collapseWhitespace, countWords, endsLikeSentence } from './text';

/** What the cleanup knows about the page besides its body. */
export interface CleanupContext {
  /** The headline (a repeat of it at the top of the body is dropped). */
  title: string;
  /** The author from metadata, if any (a line repeating it at the top is a byline line). */
  byline: string | null;
  /** The publication's name. */
  siteName: string | null;
  /** The page's meta description (a deck often repeats it). */
  description: string | null;
}

/** The body after cleanup, with what was lifted out of it. */
export interface CleanedBody {
  /** The blocks that remain, in order. */
  blocks: SourceBlock[];
  /** The deck (subtitle) found at the top; null when none. */
  dek: string | null;
  /** The author name read from a byline line at the top; null when none. */
  byline: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Tuning constants

/** A widget found by its class name is removed only if it holds at most this share of the body's characters:
 * guards against a site whose main container has a misleading class ("post-share-wrapper"). */
const MAX_HINTED_SHARE = 0.2;

/** …and at most this many words (captions and prompts are short; a long "summary" block is body text). */
const MAX_HINTED_WORDS = 150;

/** A paragraph at least this long, ending like a sentence, starts the body proper (ends the top matter). */
const BODY_START_MIN_WORDS = 12;

/** Any block at least this long counts as body text, whatever its punctuation. */
const BODY_TEXT_MIN_WORDS = 30;

/** Only this many blocks at the top are searched for the deck and byline lines. */
const TOP_SCAN_BLOCKS = 10;

/** A deck longer than this is a paragraph (decks are one or two lines). */
const MAX_DEK_WORDS = 60;

/** A heading at the top with at least this many words, not repeating the title, reads as a deck. */
const MIN_HEADING_DEK_WORDS = 6;

/** Lines matched by the boilerplate patterns are dropped only when at most this long: a prompt is a short line. */
const MAX_BOILERPLATE_WORDS = 40;

/** Top or bottom fragments (no sentence punctuation) at most this long are page furniture ("Highlights"). */
const MAX_FRAGMENT_WORDS = 5;

/** A block with at least this link density is a link, not prose. */
const LINK_DENSE = 0.6;

/** Invitations found anywhere in a line (not only at its start) count only in lines this short. */
const MAX_PROMPT_WORDS = 20;

/** A short line repeated this many times in one body is a label (a gallery caption, a series banner). */
const MIN_REPEATS = 3;

/** Repeated-line detection only looks at lines up to this length. */
const MAX_REPEATED_WORDS = 30;

// ---------------------------------------------------------------------------------------------------------------
// Class and id hints

/** Class/id tokens of elements that are never body text, with or without a size guard (see MAX_HINTED_*). */
const JUNK_TOKENS = new Set([
  'caption',
  'captions',
  'credit',
  'credits',
  'copyright',
  'share',
  'sharing',
  'sharebar',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'related',
  'recommended',
  'recommendations',
  'promo',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'adslot',
  'sponsor',
  'sponsored',
  'comments',
  'comment',
  'disqus',
  'tooltip',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'byline',
  'dateline',
  'timestamp',
  'outbrain',
  'taboola',
  'sronly',
  'visuallyhidden',
  'screenreader',
]);

/** Class/id tokens of hover cards and tooltips. Their wrapper often also holds the visible link ("rollover-people"
 * around "<a>Name</a><span class=rollover-block>card</span>"), so only the innermost hinted element goes. */
const POPUP_TOKENS = new Set(['rollover', 'tooltip', 'popover', 'hovercard', 'popup']);

/** Class/id tokens that mark a deck (subtitle) element. */
const DEK_TOKENS = new Set([
  'dek',
  'deck',
  'subtitle',
  'subtitulo',
  'subhead',
  'subheadline',
  'standfirst',
  'summary',
  'strapline',
  'sapo',
  'excerpt',
  'teaser',
  'description',
  'lede',
  'kicker',
]);

/** Class/id tokens that mark a byline or dateline element. */
const BYLINE_TOKENS = new Set(['byline', 'author', 'authors', 'dateline', 'timestamp', 'date', 'published', 'meta']);

/** Class/id tokens of an element's own class and id: split at non-letters and camelCase humps, lower-cased;
 * a few compound spellings are joined ("sr-only" → "sronly"). */
function hintTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  const spaced = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const tokens = spaced.split(/[^a-z0-9]+/).filter(Boolean);
  const joined = spaced.replace(/[^a-z0-9 ]+/g, '').split(/\s+/);
  return [...tokens, ...joined];
}

/** Whether the element or one of its ancestors up to `root` (at most `depth` levels) has a token in `set`. */
function hasHint(el: Element, set: ReadonlySet<string>, root: Element | null, depth = 3): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i <= depth; i++) {
    if (hintTokens(node).some((t) => set.has(t))) return true;
    if (node === root) break;
    node = node.parentElement;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Pass 1: elements

/**
 * Removes elements that are never body text from Readability's content, in place (the content is a detached
 * clone). Steps: hidden nodes and hover cards; figure captions, note markers and back-links ("¹", "↩"); small
 * widgets whose class or id names a caption, credit, share bar, newsletter box, related list, ad or comment section.
 */
export function pruneContent(root: Element): void {
  // The body's length is needed only to size up a hinted widget: measured once, when the first one is met.
  let bodyChars = 0;
  const totalChars = (): number => (bodyChars ||= collapseWhitespace(root.textContent ?? '').length || 1);
  const doomed: Element[] = [];
  // One walk of the tree (no selector engine), skipping what is already doomed: its descendants go with it.
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (isDoomed(el, totalChars)) doomed.push(el);
    else if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  for (const el of doomed) el.remove();
}

/** Whether an element of the content is never body text (see {@link pruneContent}). */
function isDoomed(el: Element, totalChars: () => number): boolean {
  if (isHidden(el) || el.tagName.toUpperCase() === 'FIGCAPTION' || isNoteLink(el)) return true;
  const tokens = hintTokens(el);
  if (tokens.length === 0) return false;
  if (tokens.some((t) => POPUP_TOKENS.has(t))) {
    return el.tagName.toUpperCase() !== 'A' && !Array.from(el.querySelectorAll('[class], [id]')).some(isPopupPart);
  }
  if (!tokens.some((t) => JUNK_TOKENS.has(t))) return false;
  const text = collapseWhitespace(el.textContent ?? '');
  return text.length / totalChars() <= MAX_HINTED_SHARE && countWords(text) <= MAX_HINTED_WORDS;
}

/** A non-link element with a popup hint (the card inside a hover-card wrapper). */
function isPopupPart(el: Element): boolean {
  return el.tagName.toUpperCase() !== 'A' && hintTokens(el).some((t) => POPUP_TOKENS.has(t));
}

/** An in-page link that is not text: a footnote's way back to its marker ("↩", "^", "↑"), or the marker itself
 * ("¹", "[2]"), which would otherwise be glued to the sentence before it ("…in winter.1"). */
function isNoteLink(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'A' || !el.getAttribute('href')?.startsWith('#')) return false;
  if (isNoteMarker(el)) return true;
  const text = (el.textContent ?? '').trim();
  return !!text && text.length <= 3 && !/[\p{L}\p{N}]/u.test(text);
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !el.querySelector('img, picture, video')) return true;
  const style = el.getAttribute('style');
  return !!style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

// ---------------------------------------------------------------------------------------------------------------
// Line patterns (general shapes of boilerplate, in several languages where the shape is common)

/** Comment prompts: "Be the first to comment", "There are no comments", "Join the conversation", "12 comments". */
const COMMENT_PROMPT =
  /^(be the first to (comment|respond|reply|review)|there are no comments|no comments( yet)?\b|join the (conversation|discussion|debate)|leave a (comment|reply)|add a comment|post a comment|(show|view|load|read) (all )?\d* ?comments|\d+ comments?$|comments?$|sé el primero en comentar|seja o primeiro a comentar)/i;

/** Share, follow and newsletter prompts. */
const SOCIAL_PROMPT =
  /^(share( this( article| story| post| page)?)?( on| via| with)?\b|tweet this|email this|print this|follow (us|@\w+|\w+( \w+)? on (twitter|x|facebook|instagram|linkedin|tiktok|youtube))|like us on facebook|sign up\b|subscribe\b|get (our|the) .{0,40}newsletter|(get|receive) .{0,40}(in|to) your inbox|download (our|the) app)/i;

/** Anywhere in a short line: a newsletter or subscription pitch. */
const NEWSLETTER_PITCH = /\b(sign up|subscribe|register)\b.{0,60}\b(newsletter|updates|alerts|inbox|briefing)\b/i;

/** Related-content lead-ins: "Related", "More from X", "Read more:", "See also", "You may also like". */
const RELATED_LEAD =
  /^[[(]?\s*(related( (stories|articles|coverage|content|reading|links|posts|news))?|see more|read more|read next|read also|also read|see also|more|more (from|on|about|in|stories|news|articles|great) .{1,60}|don'?t miss( this)?|recommended( for you| reading| stories)?|you (may|might) (also )?(like|enjoy|be interested in)|most (popular|read|viewed|shared)|popular( now| stories)?|latest( news| stories)?|trending( now| stories)?|further reading|top stories|editor'?s picks|what to read next|leia (também|mais)|veja também|lesen sie auch|mehr zum thema|lire aussi|leggi anche|lee también|ver también|читайте также|по теме|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|مواضيع ذات صلة|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|관련\s?기사|관련\s?뉴스|함께 볼 기사)\s*([:.!»›>|\-：]|$)/i;

/** Photo captions and credits: "Photo: X/Agency", "Image: …", "(Getty Images)"-style endings, "Image 1 of 4". */
const CREDIT_START =
  /^[[(]?\s*(file )?(photo|photograph|image|picture|pic|illustration|credit|foto|bild|imagem|source|fonte|quelle)s?\s*(credit)?\s*(:|by\b|\/)/i;
const CREDIT_END =
  /[([]\s*(image|photo|picture|pic|file|credit|source|foto|bild|illustration|photograph)s?\s*:[^)\]]{0,80}[)\]]\s*$/i;
const AGENCY_CREDIT_END = /[([]\s*[\p{Lu}][\p{Lu}\p{N} .&'’-]*(\/|\bimages?\b|\bphotos?\b)[^)\]]{0,60}[)\]]\s*$/iu;
const GALLERY_COUNTER = /^(image|photo|slide|picture)\s+\d+\s+(of|\/)\s*\d*$/i;

/** Copyright and rights lines. */
const COPYRIGHT =
  /(^[<[(（]?\s*(©|\(c\)|copyright\b|저작권자)|all rights reserved|todos os direitos reservados|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés|tutti i diritti riservati|riproduzione riservata|все права защищены|جميع الحقوق محفوظة|版权所有|版權所有|무단\s?전재)/i;

/** Ads and loading placeholders, alone on a line. */
const PLACEHOLDER =
  /^(advertisement|advertising|ad|sponsored( content)?|anzeige|publicidade|publicité|werbung|loading( content)?\s*(…|\.\.\.)?|sign in|log in|skip (to|this) ad|continue reading( below)?|story continues below( advertisement)?|article continues below)\s*[.:]?$/i;

/** Affiliate disclosures. */
const AFFILIATE = /\b(may|might|will)? ?(earn|receive|get) (an? )?(small )?(affiliate )?commission\b/i;

/** Credit lines of wire reports that close a story: "Reporting by …; Editing by …". */
const STAFF_CREDIT =
  /^[（(]?\s*(((additional )?reporting|editing|writing|compiled|produced|edited) by\b|(责任编辑|責任編輯|编辑|編輯|校对|审核)\s*[:：])/i;

/** A closing reporter sign-off in Korean and Japanese papers: a name, the title "reporter", maybe an e-mail address
 * ("박서연 기자 name@paper.example"). */
const REPORTER_SIGNOFF = /^[\p{L}·\s]{1,20}\s?(기자|특파원|記者|特派員)(\s*[=(（]?\s*[\w.+-]+@[\w.-]+[)）]?)?\s*$/u;

/** Paywall and registration prompts: "Subscribe to read more", "This article is for subscribers only", "Already a
 * subscriber? Log in", in a few languages. */
const PAYWALL_PROMPT =
  /\b(subscribe (now )?to (read|continue|keep reading|unlock|get (full|unlimited) access)|(for|to) subscribers only|(exclusive|available) (to|for) (subscribers|members)|already (a )?(subscriber|member|have an account)|(get|unlock) unlimited (digital )?access|to continue reading,? (please )?(subscribe|log in|sign in|register)|create a free account to (read|continue)|exclusivo para assinantes|já é assinante|exclusivo para suscriptores|ya eres suscriptor|nur für abonnenten|réservé aux abonnés|riservato agli abbonati|только для подписчиков)/i;

/** Invitations to rate or comment that sit anywhere in a short line ("Did you make this recipe? Rate it and leave a
 * comment below!"). */
const FEEDBACK_INVITE =
  /\b(leave a (comment|review|rating)( below)?|rate (it|this (recipe|article|post))|let (us|me) know in the comments|tag (us|me) on (instagram|twitter|x)|share your thoughts in the comments)\b/i;

/** Photo credits in scripts and languages the Latin-letter pattern misses: "Фото: …", "사진=…", "写真：…", "Imagen: …". */
const CREDIT_START_INTL =
  /^[[(（]?\s*(фото|снимок|изображение|иллюстрация|fotograf[ií]a|imagen|immagine|cr[ée]dits? photos?|photo ?credits?|写真|图片来源|圖片來源|图片|圖片|摄影|攝影|사진|그래픽|صورة|تصوير)\s*(:|：|=|\/|©)/iu;

/** A labelled list of tags or topics: "Tags: …", "Filed under: …", "Schlagwörter: …", "Mots-clés : …", "标签：…". */
const TAG_LABEL =
  /^(tags?|tagged( with| in)?|topics?|related topics|filed under|keywords?|categories|category|schlagw(ö|oe)rter|stichw(ö|oe)rter|themen|etiquetas|mots[- ]cl[ée]s|sujets|argomenti|parole chiave|temas|assuntos|tópicos|теги|метки|темы|ключевые слова|标签|標籤|关键词|關鍵字|태그|키워드|タグ|キーワード|الوسوم|كلمات مفتاحية)\s*[:：]/iu;

/** Most words an item of a tag list has ("Climate change", "Local government"). */
const MAX_TAG_WORDS = 4;

/** Notices about comment moderation and the comment form, in a few languages. */
const MODERATION_NOTICE =
  /(\bcomments?\b[^.!?]{0,80}\b(moderated|moderation|approv\w*|reviewed before|held for review|closed|disabled)\b|\b(your )?e-?mail( address)? will not be (published|shown|displayed)|required fields are marked|comentarios (están|son) moderados|(tu|su) (dirección de )?correo( electrónico)? no (será|se) publica|comentários (são|estão) moderados|(o seu|seu) (endereço de )?e-?mail não será publicado|kommentare werden moderiert|e-mail-adresse wird nicht veröffentlicht|commentaires sont modérés|adresse (e-)?mail ne sera pas publiée|commenti sono moderati|комментарии проходят модерацию)/iu;

/** A cheap first test for {@link MODERATION_NOTICE}: the words one of its phrases must hold. */
const MODERATION_HINT = /comment|mail|correo|required|modera|коммент/i;

/** Promotions that ask the reader to do something for the publication: "Send us your review…", "Get the monthly
 * letter…", "Got a tip?", "Listen to our podcast". */
const PROMO_START =
  /^(send us|tell us (about|what|your)|share your (story|stories|photos?|pictures|tips?|views|review|experience)|got a (story|tip|news tip|question)|have (a|you got a) (story|tip|news tip)|get the (daily|weekly|monthly|morning|evening)\b|get our\b|join (our|the) (community|club|list|mailing list)|listen to (our|the latest)|watch (our|the full)|try .{1,30} (free|for free)|download (our|the)\b)/i;

/** A promotion is at most this long. */
const MAX_PROMO_WORDS = 25;

/** Separators between the items of a navigation line ("Home › News › Local", "World | Politics | Sport"). */
const NAV_SEPARATOR = /\s*(?:›|»|>|\||\/|·|•|→|::)\s*/;

/** A navigation line has at least this many items… */
const MIN_NAV_ITEMS = 3;

/** …each of at most this many words. */
const MAX_NAV_ITEM_WORDS = 3;

/** Class/id tokens of an author's bio box ("author-bio", "about-the-author", "contributor"). */
const BIO_TOKENS = new Set([
  'bio',
  'bios',
  'biography',
  'authorbio',
  'authorbox',
  'authorcard',
  'authorinfo',
  'authorprofile',
  'aboutauthor',
  'abouttheauthor',
  'contributor',
  'contributors',
  'authordescription',
]);

/** A bio is at most this long. */
const MAX_BIO_WORDS = 120;

/** Byline lines: "By Ana Lima", "Written by …", "Von …" (name-like remainder is checked separately). */
const BYLINE_START = /^(by|written by|words by|reported by|von|por|par|di|door)\s+\S/i;

/** Labelled metadata in Chinese and Japanese article headers: "发布时间：… 来源：… 作者：…". */
const CJK_META_LABEL = /(来源|來源|作者|记者|記者|编辑|編輯|责编|發布時間|发布时间|出典|配信)\s*[:：]/u;

/** A labelled metadata line is at most this long (each Han character counts as a word). */
const MAX_META_LINE_WORDS = 60;

/** Reading-time notes: "6 min read". */
const READING_TIME =
  /\b\d+\s*(min|mins|minutes?|minuten|minutos)\.?\s*(read|lesezeit|de leitura|de lecture)\b|\b(lesezeit|tempo de leitura|reading time)\b/i;

/** Date lines: "Published 11:11 PM Nov 19", "Updated at 1:23 p.m.", "PUBLISHED: 10:48, Tue, Nov 19, 2019". */
const DATE_LEAD =
  /^\|?\s*(published|updated|posted|last updated|first published|modified|publicado|atualizado|veröffentlicht|aktualisiert|publié|mis à jour)\b/i;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const NUMERIC_DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b\d{1,2}:\d{2}\b/;

function wordsOf(block: SourceBlock): number {
  return block.words;
}

/** Whether a line is only a date or time note. */
function isDateLine(text: string): boolean {
  const words = countWords(text);
  if (words > 16 || !/\d/.test(text)) return false;
  if (DATE_LEAD.test(text)) return true;
  const rest = text
    .replace(MONTH, ' ')
    .replace(NUMERIC_DATE, ' ')
    .replace(/\b\d+(st|nd|rd|th)?\b/gi, ' ');
  const restWords = countWords(
    rest.replace(/\b(am|pm|a\.m|p\.m|gmt|utc|[ecmp][sd]t|cet|bst|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi, ' '),
  );
  return (MONTH.test(text) || NUMERIC_DATE.test(text)) && restWords <= 2;
}

/** Date or time lines needed in a body to read as a series of update stamps (a live blog), not one dateline. */
const MIN_STAMPS = 3;

/** Whether date-only lines recur through the body (at least {@link MIN_STAMPS}): a live blog's update stamps. */
function isStampSeries(blocks: readonly SourceBlock[]): boolean {
  let stamps = 0;
  for (const block of blocks) {
    if (block.text.length <= 80 && isDateLine(block.text) && ++stamps >= MIN_STAMPS) return true;
  }
  return false;
}

/** Whether a line is mostly one or more URLs. */
function isUrlLine(text: string): boolean {
  const urls = text.match(/\b(https?:\/\/|www\.)\S+/gi);
  if (!urls) return false;
  return urls.join('').length / text.length > 0.4;
}

/** Whether a line is a labelled list of tags: "Tags: A, B, C" with short items, or mostly links after the label. */
function isTagList(block: SourceBlock): boolean {
  if (block.words > 30 || !TAG_LABEL.test(block.text)) return false;
  const rest = block.text.replace(TAG_LABEL, '');
  const items = rest.split(/\s*[,;|·•/]\s*|\s{2,}/).filter(Boolean);
  return (
    block.linkDensity >= 0.5 ||
    (items.length > 0 && items.every((item) => countWords(item) <= MAX_TAG_WORDS) && !endsLikeSentence(rest))
  );
}

/** Whether a line is a row of short navigation items: "Home › News › Local", "World | Politics | Sport | Tech". */
function isNavigationLine(text: string): boolean {
  if (endsLikeSentence(text)) return false;
  const items = text.split(NAV_SEPARATOR).filter((item) => /[\p{L}\p{N}]/u.test(item));
  return items.length >= MIN_NAV_ITEMS && items.every((item) => countWords(item) <= MAX_NAV_ITEM_WORDS);
}

/** Whether a line is a caption or credit by its shape. */
function isCreditLine(text: string): boolean {
  if (countWords(text) > MAX_BOILERPLATE_WORDS) return false;
  return (
    CREDIT_START.test(text) ||
    CREDIT_START_INTL.test(text) ||
    CREDIT_END.test(text) ||
    AGENCY_CREDIT_END.test(text) ||
    GALLERY_COUNTER.test(text)
  );
}

/** Whether a line is boilerplate wherever it appears (prompt, credit, copyright, placeholder, disclosure). */
function isBoilerplateLine(block: SourceBlock): boolean {
  const text = block.text;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  const words = wordsOf(block);
  if (words > MAX_BOILERPLATE_WORDS) return false;
  return (
    PLACEHOLDER.test(text) ||
    COMMENT_PROMPT.test(text) ||
    (SOCIAL_PROMPT.test(text) &&
      (words <= 12 || !endsLikeSentence(text) || block.linkDensity > 0 || NEWSLETTER_PITCH.test(text))) ||
    NEWSLETTER_PITCH.test(text) ||
    COPYRIGHT.test(text) ||
    isCreditLine(text) ||
    AFFILIATE.test(text) ||
    (STAFF_CREDIT.test(text) && words <= 30) ||
    (words <= 8 && REPORTER_SIGNOFF.test(text)) ||
    PAYWALL_PROMPT.test(text) ||
    (words <= MAX_PROMPT_WORDS && FEEDBACK_INVITE.test(text)) ||
    (DATE_LEAD.test(text) && isDateLine(text)) ||
    (words <= MAX_PROMPT_WORDS && MODERATION_HINT.test(text) && MODERATION_NOTICE.test(text)) ||
    (words <= MAX_PROMO_WORDS && PROMO_START.test(text)) ||
    isTagList(block)
  );
}

/** Whether a line introduces related content: a lead-in heading or line, or a "Read more: <link>" line. */
function isRelatedLead(block: SourceBlock): boolean {
  const words = wordsOf(block);
  if (words > MAX_BOILERPLATE_WORDS || !RELATED_LEAD.test(block.text)) return false;
  // "More" alone is a lead-in only as a short line or with a colon; "More than 200 people…" is prose.
  if (/^[[(]?\s*more\b/i.test(block.text) && !/^[[(]?\s*more\s*([:.!»›>|-]|$)/i.test(block.text)) {
    return words <= 8 && !endsLikeSentence(block.text);
  }
  return words <= 12 || block.linkDensity >= 0.3 || /^[[(]/.test(block.text) || !endsLikeSentence(block.text);
}

/** Whether a block reads as body text (ends the top matter; survives the bottom trim). */
function isBodyText(block: SourceBlock): boolean {
  if (block.kind === 'heading' || block.linkDensity >= LINK_DENSE) return false;
  const words = wordsOf(block);
  return words >= BODY_TEXT_MIN_WORDS || (words >= BODY_START_MIN_WORDS && endsLikeSentence(block.text));
}

/** Lower-cased letters and digits only, for loose comparisons of lines. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Pass 2: lines

/**
 * Drops boilerplate lines from the body and lifts the deck and byline out of it.
 *
 * Steps: 1. the top matter — blocks before the first real paragraph — loses its title repeat, byline and date
 * lines, furniture fragments and link lines; a deck found there (by class hint, as a long heading, or as the line
 * before the byline) is kept as `dek`; 2. anywhere, boilerplate lines go (prompts, credits, copyright, ads); a
 * related-content lead-in goes with the links and list items that follow it; short lines repeated three or more
 * times go; 3. after the last real paragraph, headings, fragments and link lines go.
 */
export function cleanBlocks(blocks: readonly SourceBlock[], ctx: CleanupContext): CleanedBody {
  const drop = new Array<boolean>(blocks.length).fill(false);
  const top = cleanTop(blocks, drop, ctx);
  dropBoilerplate(blocks, drop);
  dropRepeatedLines(blocks, drop);
  dropEchoes(blocks, drop);
  dropTail(blocks, drop);
  dropBio(blocks, drop, ctx.byline ?? top.byline);
  dropTail(blocks, drop);
  return { blocks: blocks.filter((_, i) => !drop[i]), dek: top.dek, byline: top.byline };
}

/** Classifies the top matter; marks what to drop; returns the deck and byline found there. */
function cleanTop(
  blocks: readonly SourceBlock[],
  drop: boolean[],
  ctx: CleanupContext,
): { dek: string | null; byline: string | null } {
  const title = normalise(ctx.title);
  const knownByline = ctx.byline ? normalise(ctx.byline) : '';
  const description = ctx.description ? normalise(ctx.description) : '';
  let dek: string | null = null;
  let byline: string | null = null;
  let dekCandidate = -1;
  let stamped: boolean | undefined;

  // Fragments and link lines are top matter only when real text follows them; on a page that is all fragments
  // (a short note, a list) they are the content.
  const tentative: number[] = [];
  let reachedBody = false;
  // Link lines, URL lines and navigation rows do not use up the scan: a menu of twenty links can precede the text.
  let scanned = 0;
  for (let i = 0; i < blocks.length && scanned < TOP_SCAN_BLOCKS && i < MAX_TOP_BLOCKS; i++) {
    const block = blocks[i]!;
    if (!isFurnitureLine(block)) scanned++;
    if (isBodyText(block) && !isDekByHint(block) && !(dekCandidate < 0 && isFollowedByByline(blocks, i, knownByline))) {
      reachedBody = true;
      break;
    }
    const text = block.text;
    const norm = normalise(text);
    const words = wordsOf(block);
    if (
      title &&
      (norm === title ||
        (title.startsWith(norm) && words >= 3) ||
        (norm.startsWith(title) && words <= title.split(' ').length + 4))
    ) {
      drop[i] = true;
    } else if (isBylineLine(block, knownByline)) {
      drop[i] = true;
      byline ??= cleanByline(text);
      // The line just before a byline, short and not a sentence, is the deck (when no deck was found yet).
      if (dek === null && dekCandidate < 0 && i > 0) {
        const prev = blocks[i - 1]!;
        if (!drop[i - 1] && prev.kind !== 'listItem' && wordsOf(prev) <= MAX_DEK_WORDS && wordsOf(prev) >= 3) {
          dek = prev.text;
          drop[i - 1] = true;
        }
      }
    } else if (words <= MAX_META_LINE_WORDS && CJK_META_LABEL.test(text) && !endsLikeSentence(text)) {
      drop[i] = true;
      byline ??= readLabelledAuthor(text);
    } else if (isDateLine(text)) {
      // A date line at the top is the story's dateline, unless date lines recur through the body: then it is
      // the first of a live blog's update stamps, kept like the others.
      if (!(stamped ??= isStampSeries(blocks))) drop[i] = true;
    } else if (READING_TIME.test(text) && words <= 12) {
      drop[i] = true;
    } else if (isFurnitureLine(block)) {
      tentative.push(i);
    } else if (dek === null && isDekCandidate(block, description)) {
      dek = text;
      dekCandidate = i;
      drop[i] = true;
    } else if (
      block.kind !== 'heading' &&
      block.kind !== 'listItem' &&
      words <= MAX_FRAGMENT_WORDS &&
      !endsLikeSentence(text)
    ) {
      tentative.push(i);
    }
  }
  if (reachedBody) for (const i of tentative) drop[i] = true;
  return { dek, byline };
}

/** At most this many blocks at the top are looked at, furniture included. */
const MAX_TOP_BLOCKS = 60;

/** A short line of links, a URL, or a row of navigation items: page furniture when it stands at the top or bottom. */
function isFurnitureLine(block: SourceBlock): boolean {
  if (block.words > 20) return false;
  return block.linkDensity >= LINK_DENSE || isUrlLine(block.text) || isNavigationLine(block.text);
}

/** A short block whose own class (or its sole parent's) names a deck. */
function isDekByHint(block: SourceBlock): boolean {
  if (block.kind === 'listItem' || wordsOf(block) > MAX_DEK_WORDS) return false;
  const parent = block.element.parentElement;
  const own = [block.element];
  // The parent counts only when the block is all it holds (checked by child count first: a container's text is long).
  if (parent && hasFewChildren(parent) && collapseWhitespace(parent.textContent ?? '') === block.text) own.push(parent);
  return own.some(hasDekClass);
}

/** Whether an element has at most three element children (counted by hand: linkedom lists them all to count). */
function hasFewChildren(el: Element): boolean {
  let count = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (++count > 3) return false;
  return true;
}

/** Whether one of the element's class names or its id *is* a deck name: "dek", "article-subtitle", "post__dek";
 * not a long compound that merely contains one ("field-type-text-with-summary"). */
function hasDekClass(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
  return names.some((name) => {
    const tokens = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const last = tokens[tokens.length - 1];
    return tokens.length <= 3 && !!last && DEK_TOKENS.has(last);
  });
}

/** A deck: a short block with a deck class, a long heading at the top, or a repeat of the meta description outside
 * the body's paragraphs. */
function isDekCandidate(block: SourceBlock, description: string): boolean {
  if (block.kind === 'listItem' || block.linkDensity >= LINK_DENSE) return false;
  const words = wordsOf(block);
  if (words > MAX_DEK_WORDS || words < 3) return false;
  if (isDekByHint(block)) return true;
  if (block.kind === 'heading' && (block.level ?? 1) >= 2 && words >= MIN_HEADING_DEK_WORDS) return true;
  // A repeat of the meta description is a deck only when it is not a body paragraph: a page whose opening paragraph
  // is its description keeps that paragraph in the body.
  return (
    !!description &&
    block.element.tagName.toUpperCase() !== 'P' &&
    normalise(block.text) === description &&
    !endsLikeSentence(block.text)
  );
}

/** Whether block `i + 1` or `i + 2` is a byline line (a deck sits right above the byline). */
function isFollowedByByline(blocks: readonly SourceBlock[], i: number, knownByline: string): boolean {
  const next = blocks[i + 1];
  return !!next && wordsOf(blocks[i]!) <= MAX_DEK_WORDS && isBylineLine(next, knownByline);
}

/** Whether a line is an author line: "By …", the known author's name (plus a date or reading time), or a short
 * line inside a byline/dateline element. */
function isBylineLine(block: SourceBlock, knownByline: string): boolean {
  const text = block.text;
  const words = wordsOf(block);
  if (words > 20 || (block.kind === 'heading' && !BYLINE_START.test(text))) return false;
  const norm = normalise(text);
  if (
    knownByline &&
    (norm === knownByline || (norm.startsWith(knownByline) && words <= knownByline.split(' ').length + 10))
  )
    return true;
  if (BYLINE_START.test(text)) {
    const name = cleanByline(text);
    return !!name && isNameLike(name);
  }
  if (READING_TIME.test(text) && words <= 15) return true;
  return words <= 12 && !endsLikeSentence(text) && hasHint(block.element, BYLINE_TOKENS, null, 2);
}

/** Whether a string looks like one or more personal or desk names: few words, each capitalised or a joiner. */
function isNameLike(name: string): boolean {
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  const joiners = /^(and|&|e|und|et|y|de|da|do|dos|van|von|der|den|la|le|di|del|bin|al|with|the)$/i;
  return words.every((w) => joiners.test(w) || /^[\p{Lu}\p{Lt}@]/u.test(w) || /^\p{Lo}/u.test(w));
}

/** Marks boilerplate lines anywhere in the body, and related-content runs. */
function dropBoilerplate(blocks: readonly SourceBlock[], drop: boolean[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (isBoilerplateLine(block)) {
      drop[i] = true;
      continue;
    }
    if (!isRelatedLead(block)) continue;
    drop[i] = true;
    // The lead-in takes along the links that follow it: list items and short link lines, until real text.
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      const linky = next.linkDensity >= LINK_DENSE || (next.kind === 'listItem' && next.linkDensity > 0);
      if (
        next.kind === 'listItem'
          ? linky || (wordsOf(next) <= 20 && block.kind === 'heading')
          : linky && wordsOf(next) <= MAX_BOILERPLATE_WORDS
      ) {
        drop[j] = true;
      } else break;
    }
  }
}

/**
 * Marks short lines that occur at least {@link MIN_REPEATS} times (all occurrences) and stand outside the article's
 * flow. Repetition alone is no sign of boilerplate: a meal plan says "Eat every 2–3 hours" under each day, an
 * interview puts one question to twenty people. A repeated line is a label only where a reader would skip it anyway
 * — a caption, a credit, a share bar, a line of links — so every occurrence must be out of flow.
 */
function dropRepeatedLines(blocks: readonly SourceBlock[], drop: boolean[]): void {
  const seen = new Map<string, number[]>();
  blocks.forEach((block, i) => {
    // List items repeat by design (the same feature bullet under each product); captions and labels do not.
    if (block.kind === 'heading' || block.kind === 'listItem' || wordsOf(block) > MAX_REPEATED_WORDS) return;
    const key = normalise(block.text);
    if (!key) return;
    const at = seen.get(key);
    if (at) at.push(i);
    else seen.set(key, [i]);
  });
  for (const at of seen.values()) {
    if (at.length >= MIN_REPEATS && at.every((i) => isOutOfFlow(blocks[i]!))) for (const i of at) drop[i] = true;
  }
}

/** Elements whose text is set apart from the article's running text: captions, figures, asides. */
const OUT_OF_FLOW_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'CAPTION', 'ASIDE', 'NAV', 'FOOTER', 'HEADER']);

/** Ancestors searched for an out-of-flow tag or hint. */
const OUT_OF_FLOW_DEPTH = 3;

/**
 * Whether a block stands outside the article's flow: mostly links, inside a figure, caption or aside, or in an
 * element whose class names a caption, credit, share bar or other widget. A plain paragraph or list item of the body
 * is in flow, whatever it says.
 */
function isOutOfFlow(block: SourceBlock): boolean {
  if (block.linkDensity >= LINK_DENSE) return true;
  let node: Element | null = block.element;
  for (let i = 0; node && i <= OUT_OF_FLOW_DEPTH; i++, node = node.parentElement) {
    if (OUT_OF_FLOW_TAGS.has(node.tagName.toUpperCase())) return true;
    if (hintTokens(node).some((t) => JUNK_TOKENS.has(t))) return true;
  }
  return false;
}

/** Fewer words than this is too short to call an echo: a short line may well be said twice in a story. */
const MIN_ECHO_WORDS = 8;

/** More words than this is a paragraph of its own, never a teaser or pull quote. */
const MAX_ECHO_WORDS = 60;

/**
 * How much longer than an echo its holder must be: a paragraph that quotes it among other sentences. A block that
 * only adds a few words (a caption, "Pictured: …" plus the lead sentence) is a restatement, not the story's home.
 */
const ECHO_HOLDER_RATIO = 1.5;

/** Class/id tokens of elements that restate the story: teasers, highlight boxes, pull quotes. */
const ECHO_TOKENS = new Set([
  'highlights',
  'highlight',
  'teaser',
  'pullquote',
  'pull',
  'takeaways',
  'takeaway',
  'keypoints',
  'tldr',
  'recap',
]);

/** Words of a candidate's opening used to find the paragraphs that may hold it. */
const ECHO_KEY_WORDS = 5;

/**
 * Marks echoes: short teaser or quote blocks that repeat the story's own words — a "Highlights" box above the body,
 * a pull quote lifted from a paragraph. The copy kept is the one inside a paragraph at least half as long again, or, between two
 * equal blocks, the later one (teasers come first). Near-linear: each candidate is looked up by its first words, and only paragraphs
 * holding those words are compared in full.
 */
function dropEchoes(blocks: readonly SourceBlock[], drop: boolean[]): void {
  const candidates = new Map<string, number[]>();
  blocks.forEach((block, i) => {
    const words = wordsOf(block);
    if (drop[i] || block.kind === 'heading' || words < MIN_ECHO_WORDS || words > MAX_ECHO_WORDS) return;
    // Only blocks built to restate: a block quote or a teaser box. A caption that repeats the lead with a label
    // ("Pictured: …") must not take the lead's place, so plain paragraphs are never candidates.
    if (block.kind !== 'quote' && !hasHint(block.element, ECHO_TOKENS, null)) return;
    const key = normalise(block.text).split(' ').slice(0, ECHO_KEY_WORDS).join(' ');
    candidates.set(key, [...(candidates.get(key) ?? []), i]);
  });
  if (candidates.size === 0) return;
  const holders = new Map<string, Set<number>>();
  blocks.forEach((block, j) => {
    if (drop[j] || block.kind === 'heading') return;
    const words = normalise(block.text).split(' ');
    for (let w = 0; w + ECHO_KEY_WORDS <= words.length; w++) {
      const key = words.slice(w, w + ECHO_KEY_WORDS).join(' ');
      if (!candidates.has(key)) continue;
      let set = holders.get(key);
      if (!set) holders.set(key, (set = new Set()));
      set.add(j);
    }
  });
  for (const [key, at] of candidates) {
    for (const i of at) {
      const text = normalise(blocks[i]!.text);
      const echoed = [...(holders.get(key) ?? [])].some((j) => {
        if (j === i || drop[j]) return false;
        const other = normalise(blocks[j]!.text);
        return other.includes(text) && (other.length >= ECHO_HOLDER_RATIO * text.length || (other === text && j > i));
      });
      if (echoed) drop[i] = true;
    }
  }
}

/**
 * Marks the author's bio box at the end of the body: the last blocks, when they sit in an element whose class names a
 * bio ("author-bio", "about-the-author") or open with the author's name and "is" ("Ana Lima is a reporter…").
 */
function dropBio(blocks: readonly SourceBlock[], drop: boolean[], knownByline: string | null): void {
  const name = knownByline ? normalise(knownByline) : '';
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (drop[i]) continue;
    const block = blocks[i]!;
    if (block.words > MAX_BIO_WORDS) return;
    const norm = normalise(block.text);
    const namesAuthor =
      !!name &&
      norm.startsWith(`${name} `) &&
      /^(is|was|has|writes|covers|reports|edits)\b/.test(norm.slice(name.length + 1));
    if (!namesAuthor && !hasHint(block.element, BIO_TOKENS, null)) return;
    drop[i] = true;
  }
}

/** Marks what follows the last body paragraph when it is furniture: headings with nothing under them, link and URL
 * lines. */
function dropTail(blocks: readonly SourceBlock[], drop: boolean[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (drop[i]) continue;
    const block = blocks[i]!;
    // Short fragments stay: a closing "Contact" line or a phone number is sometimes the article's own.
    const furniture = block.kind === 'heading' || isFurnitureLine(block) || block.linkDensity >= LINK_DENSE;
    if (!furniture) break;
    drop[i] = true;
  }
}
