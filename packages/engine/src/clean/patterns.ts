/**
 * Patterns: the fixed boilerplate phrases and shapes that news pages share, whatever the source.
 *
 * Computes, for one short normalised line, whether it is a menu, prompt, related link, promotion,
 * cookie notice, credit or caption. The learned part (a source's own furniture) is in
 * furniture.ts; the decisions that depend on the line's neighbours are in clean.ts.
 * Reference: the page furniture of news sites and aggregators (menus, paywall prompts, share bars,
 * "See also" links, wire credits and photo credits in Reuters, AP, AFP, Getty style).
 * Invariants: every regex is anchored at the start of a short line or run on a bounded slice
 * (`CAPTION_TAIL_LENGTH`, `DATELINE_HEAD_LENGTH`), with bounded repetitions, so no input makes
 * them backtrack for long. Phrase tables are matched by `lineKey`, in O(1).
 * Cost: a Map lookup and at most a handful of anchored regex tests per short line.
 */

import type { BoilerplateReason } from '../article.js';

/** Lone lines, folded by `lineKey`, that are page furniture on any news site. */
export const PHRASES: ReadonlyMap<string, BoilerplateReason> = buildPhrases();

function buildPhrases(): Map<string, BoilerplateReason> {
  const table = new Map<string, BoilerplateReason>();
  const add = (reason: BoilerplateReason, phrases: string): void => {
    for (const phrase of phrases.split('|')) table.set(phrase, reason);
  };
  // Menus, section names and page chrome.
  add(
    'navigation',
    'start reading|skip to content|skip to main content|skip navigation|menu|main menu|open menu|close menu|' +
      'toggle navigation|search|home|homepage|sections|all sections|more|close|back|back to top|top|' +
      'related stories|related articles|related content|related topics|related coverage|related|our picks|' +
      "editor's picks|editors' picks|top picks|most read|most popular|most viewed|popular|trending|trending now|" +
      'top stories|top news|latest|latest news|latest stories|more stories|more news|next article|' +
      'previous article|next story|previous story|next|previous|show comments|hide comments|comments|' +
      'view comments|leave a comment|topics|tags|filed under|news|world|business|politics|sport|sports|tech|' +
      'technology|science|health|entertainment|opinion|markets|money|lifestyle|life|culture|travel|video|' +
      'videos|photos|gallery|podcasts|live|breaking news|world news|us news|u.s. news|uk news|local news|' +
      'national|local|europe|asia|africa|americas|middle east|asia pacific|asia-pacific|australia|u.s|us|uk|' +
      'economy|finance|climate|environment|weather|arts|books|food|style|fashion|education|religion|' +
      'obituaries|analysis|features|commentary|editorials|letters|investigations|autos|real estate|crime|' +
      'legal|companies|energy|wealth|personal finance|sustainability|the great reboot|games|puzzles|' +
      'crossword|horoscopes|lottery|newsletters|newsletter|about us|contact us|contact|careers|' +
      'privacy policy|privacy|terms of use|terms of service|terms and conditions|cookie policy|' +
      'cookie settings|manage cookies|accept cookies|accept all cookies|accept|reject all|got it|' +
      'all rights reserved|sitemap|site map|rss|help|faq|advertise|advertise with us|jump to|go to',
  );
  add(
    'subscription',
    'sign up|sign in|log in|login|log out|logout|register|subscribe|subscribe now|subscribe today|' +
      'my account|account|sign up to read this article|fourteen days free|get all your news in one place|' +
      "100's of premium titles|100+ trusted global sources|free trial|start free trial|become a member|" +
      'unlock this article|subscriber only|subscribers only|premium|exclusive to subscribers',
  );
  add(
    'promotion',
    'download the app|get the app|one app|one app. one membership|one membership|share|share this|' +
      'share this article|share this story|share article|share on facebook|share on twitter|share via email|' +
      'tweet|email|e-mail|print|copy link|copy url|link copied|whatsapp|facebook|twitter|x|linkedin|reddit|' +
      'pinterest|flipboard|telegram|messenger|instagram|youtube|tiktok|threads|bluesky|mastodon|' +
      'advertisement|advertising|ad|sponsored|sponsored content|paid content|promoted|partner content|' +
      'listen to this article|listen|save|save article|saved|bookmark|gift this article|gift article',
  );
  add(
    'related',
    'read more|read also|also read|see also|click here|please read on|continue reading|read next',
  );
  return table;
}

/** The longest phrase in PHRASES: longer lines skip the lookup. */
export const PHRASE_MAX_LENGTH = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.length)) + 8;

/** Words of a share bar: a line made only of these ("Facebook Twitter Email") is a promotion. */
export const SOCIAL_WORDS: ReadonlySet<string> = new Set(
  (
    'share|tweet|email|e-mail|mail|print|copy|link|facebook|twitter|x|linkedin|reddit|pinterest|flipboard|' +
    'telegram|messenger|whatsapp|instagram|youtube|tiktok|threads|bluesky|mastodon|comments|comment|save|' +
    'gift|url|sms|on|via|this|article|story|to'
  ).split('|'),
);

/**
 * Short prompts recognised by how they start; tested on lines of at most `PROMPT_MAX_WORDS` words.
 * Each entry's third field says whether the prompt is unambiguous: a weak one ("Register…",
 * "Subscribe…") is also how news sentences start, so it counts only on a line that does not end
 * a sentence or is very short.
 */
export const PROMPTS: ReadonlyArray<[RegExp, BoilerplateReason, boolean]> = [
  [
    /^(?:create (?:a |an |your )?(?:free )?account|already (?:a )?(?:member|subscriber|registered|have an account)|become a (?:member|subscriber)|start (?:your )?(?:free )?trial|try (?:it )?(?:for )?free|get (?:unlimited |full |digital )*access|support (?:our|independent|quality) journalism|(?:this|the) (?:article|content|story) is (?:for|only available to|reserved for|exclusive to) (?:subscribers|members)|to continue reading|you have (?:reached|read) (?:your|\d+)|get all your news in one place|read news from|one subscription|(?:\w+[ -])?days? free\b|\d+\s?(?:[’']s|\+)?\s(?:of\s)?(?:\w+\s){0,2}(?:titles|sources|publications|magazines|newspapers)\b|top stories on\b|already have an account|not a subscriber|for (?:unlimited|full) access)/i,
    'subscription',
    true,
  ],
  [/^(?:sign (?:up|in)\b|log ?in\b|subscribe\b|register\b|unlock\b)/i, 'subscription', false],
  [
    /^(?:download (?:the|our) (?:\w+ )?app|get (?:the|our) (?:\w+ )?app|one app\b|available on the app store|get it on google play|follow (?:us|\w+) on (?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|telegram|whatsapp|threads|bluesky)|\d+ (?:shares|comments)\b|listen to (?:this|the) (?:article|story)|(?:this|the) (?:article|story) is (?:sponsored|brought to you))/i,
    'promotion',
    true,
  ],
  [/^(?:share (?:this|on|via|to)\b|advertisement\b)/i, 'promotion', false],
  [
    /^(?:more from\b|more on\b|read the full\b|click here\b|please read on\b|continue reading\b|you (?:may|might) also (?:like|be interested)|further reading\b|sign up for (?:our|the) (?:\w+ )?newsletter|get (?:our|the) (?:\w+ )?newsletter)/i,
    'related',
    false,
  ],
];

/** The word that opens a link to another article: "See also …", "Read more: …", "Related: …". */
export const LINK_START =
  /^(?:see also|read more|read also|also read|read next|related|more|read|watch|listen)\b/i;
/** After "read more", "also read" and kin, what makes them a link rather than a sentence ("Read more closely…"). */
export const LINK_AFTER_READ = /^(?:$|\s?[:.…»>›|–—-]|\s(?:about|on|here|at)\b|\s[\p{Lu}"“‘'])/u;
/** After "related", "more", "watch"…: only a colon makes a link. */
export const LINK_AFTER_WORD = /^\s?:/;

/** Cookie and legal notices; they may be long sentences, so they are tested on any line up to the pattern limit. */
export const COOKIE_NOTICE =
  /^(?:we use cookies|we and our partners use|this (?:site|website) uses cookies|by (?:using|continuing to use|clicking)|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)|manage (?:cookies|consent|preferences)|your privacy (?:choices|settings)|privacy policy|terms (?:of (?:use|service)|and conditions)|all rights reserved|©|copyright\s?(?:©|\(c\))?\s?\d{4})/i;

/** Lines that credit the people who made the article: "(Reporting by …; Editing by …)". */
export const CREDIT_LINE =
  /^[([]?\s?(?:additional |further )?(?:reporting|writing|editing|edited|compiled|translated|research|graphics?|production|produced|written|photos?|video) (?:by|from)\b/i;
/** "Our Standards: The Thomson Reuters Trust Principles." and similar trailers. */
export const STANDARDS_LINE = /^(?:our standards\s?:|the thomson reuters trust principles)/i;
/** "The Associated Press contributed to this report." */
export const CONTRIBUTED_LINE = /contributed (?:reporting )?to this (?:report|story|article)\.?$/i;

/** "By Simon Lewis", "ByThe Associated Press", "Written by …": the text after the marker. */
export const BYLINE =
  /^(?:By|BY|by|Written by|Story by|Words by|Reported by)(?:\s|(?=The\s|THE\s))\s?(\S.{0,119})$/;
/** Words allowed in a byline besides capitalised names. */
export const BYLINE_CONNECTORS: ReadonlySet<string> = new Set(
  'and|&|de|da|di|do|dos|del|della|der|den|van|von|la|le|du|bin|bint|al|el|ibn|y|e|und|et|of|the|in'.split(
    '|',
  ),
);

/** How many characters at the end of a line are searched for a photo credit. */
export const CAPTION_TAIL_LENGTH = 110;
/** A line ending with a photo credit: "…/Pool via REUTERS", "REUTERS/Name", "(AP Photo/Name)", "Getty Images". */
export const CAPTION_TAIL =
  /(?:(?:\/|\bvia\s)\s?(?:REUTERS|Reuters|AFP|AP|Getty(?: Images)?|EPA(?:-EFE)?|Bloomberg|Xinhua|ANSA|dpa|EFE|Kyodo|Shutterstock|Alamy|Pool|Sipa|Anadolu(?: Agency)?)|\b(?:REUTERS|AFP|EPA(?:-EFE)?|AP Photo|Xinhua)\s?\/\s?[^()\s][^()]{0,70}|\((?:AP |AFP |Reuters |)Photo(?:graph)?(?: by)?[^()]{0,80}\)|Getty Images|\b(?:Photo|Photograph|Image|Picture|Credit|Foto)s?\s?:\s[^.]{1,80}|\bFile [Pp]hoto)\s?[.)]?\s?\]?$/;
/** A caption's marker for people in the picture: "(left)", "(right)", "(second from left)". */
export const CAPTION_MARKER =
  /\((?:left|right|centre|center|L|R|C|top|bottom|above|front|back|pictured|(?:second |third |far )?from (?:left|right)|in (?:the )?(?:front|back|middle|centre|center|foreground|background))\)/;
/** A caption recognised by its start: "FILE PHOTO: …", "Photo: …", "Image 1 of 5". */
export const CAPTION_PREFIX =
  /^(?:FILE PHOTO|File photo|PHOTO|Photo|IMAGE|Image|Caption|Pictured|Foto)\s?[:\-–—]|^(?:Image|Photo)?\s?\d{1,3} (?:of|\/) \d{1,3}$/;

/** How many characters at the start of a paragraph are searched for a date prefix or dateline. */
export const DATELINE_HEAD_LENGTH = 160;
/** "date 2023-02-28 " before the text. */
export const DATE_PREFIX =
  /^(?:date|dated|published|posted|updated)\s?:?\s{1,3}(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s?[,:|–—-]?\s?/i;
/** "Astana (Kazakhstan): " — a place with its country in brackets and a colon. */
export const PLACE_COLON =
  /^(\p{Lu}[\p{L}.'’-]{0,30}(?:[ -]\p{Lu}[\p{L}.'’-]{0,30}){0,3})\s?(?:\(([^()]{1,40})\))?\s?:\s/u;
/** "ASTANA, Kazakhstan (AP) — ", "WASHINGTON, Feb 28 (Reuters) - ", "LONDON — ", "Taipei, Feb. 28 (CNA) ". */
export const CLASSIC_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’ -]{1,40}?|\p{Lu}[\p{Ll}.'’-]{1,30}(?: \p{Lu}[\p{Ll}.'’-]{1,30}){0,2})(?:, (\p{Lu}[\p{L}.'’ -]{1,30}?))?(?:, (\p{Lu}[\p{L}.]{2,9} \d{1,2}))?(?:\s?\(([^()]{1,40})\)\s?(?:[—–-]{1,2}\s?)?|\s([—–-]{1,2})\s)/u;
/** "(Central News Agency) " at the start of a paragraph. */
export const LEAD_PARENTHESIS = /^\(([^()]{1,40})\)\s?(?:[—–-]{1,2}\s?)?/;
/** Dashes, bullets and pipes left at the start of a paragraph by a removed dateline. */
export const LEADING_PUNCT = /^(?:[–—•·|>»]+\s?|-\s)+/;
/** " – Reuters" / " - AP" / " (Reuters)" at the end of the last paragraph; tested on its last 60 characters. */
export const CREDIT_SUFFIX = /(?:\s[—–-]{1,2}\s?([^—–\-.]{2,45})|\s\(([^()]{2,45})\))\s?$/;
