/**
 * The English contention lexicon: the words and phrases news prose uses to report that parties disagree, demand,
 * refuse, or that something blocks a deal, each with a weight; plus the vocabulary that tells a dispute between
 * parties (talks, courts, unions, governments) from bad news alone (crime, illness) and from disputes already
 * settled. Only general contention vocabulary belongs here, never words about a particular story.
 */

/** A weighted pattern matched against a lower-cased sentence. */
export interface Cue {
  /** The pattern; global flag not needed (one hit per sentence counts). */
  pattern: RegExp;
  /** How strongly a hit says "this sentence reports an open dispute". */
  weight: number;
}

/** The languages the lexicon covers (ISO 639-1). Other languages get `reason: 'language'`. */
export const COVERED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/**
 * Objects of "refuse", "reject", "won't"… that make a refusal a stand-off between parties ("refused to sign")
 * rather than a personal act ("refused to leave the bar", "refused to give up").
 */
const NEGOTIABLE =
  '(?:accept|agree|sign|negotiat\\w*|recogni[sz]e|comply|back down|budge|withdraw|pay|fund|approve|allow|discuss|' +
  'concede|compromise|implement|commit|rule out|meet (?:the|their|its|his|her) demands?|hand over|lift|drop|' +
  'give ground|ratify|endorse|release the)';

/**
 * Contention cues. Weights: 3 = the sentence states an open dispute or a blocked deal by itself; 2 = a party
 * demands, opposes, challenges or declines; 1 = a stance or a concern that only counts beside other cues.
 */
export const CONTENTION_CUES: readonly Cue[] = [
  // Explicit framing of an unresolved issue.
  { pattern: /\bsticking[- ]points?\b|\bimpasse\b|\bdeadlock|\bstalemate\b|\bstand-?off\b|\bred lines?\b/, weight: 3 },
  // "Divisions" only with a word that makes them a rift: a company's "division" is a unit.
  {
    pattern:
      /\bat odds\b|\bfar apart\b|\bapart (?:on|over)\b|\b(?:still|remains?|remained) (?:\w+ )?apart\b|[£$€]\S+ apart\b|\bunresolved\b|\bdivisive\b|\b(?:deep|persistent|bitter|sharp|growing|lingering) divisions?\b|\bdivisions (?:over|on|between)\b/,
    weight: 3,
  },
  { pattern: /\bdivided (?:over|on)\b/, weight: 2 },
  {
    pattern:
      /\bno (?:signed |formal |final )?(?:agreement|deal|accord)\b|\bwithout (?:a |an |any )?(?:deal|agreement)\b/,
    weight: 3,
  },
  {
    pattern:
      /\b(?:no|without (?:a |any )?|fail(?:ed|s)? to (?:deliver|produce|reach) (?:a |any )?)(?:major |real )?breakthrough\b/,
    weight: 3,
  },
  // "disagree over the house", "split over plans", "has divided the council": a dispute with its object.
  {
    pattern:
      /\b(?:disagree(?:s|d)?|disagreements?|split|feud(?:ing)?) (?:over|on|about)\b|\b(?:has|have|had) (?:deeply |bitterly )?divided\b/,
    weight: 3,
  },
  {
    pattern:
      /\bremains? (?:deeply |largely |highly )?(?:divided|unresolved|uncertain|unclear|open|contested|stalled)\b/,
    weight: 3,
  },
  {
    pattern: /\b(?:block(?:s|ed|ing)?|stand(?:s|ing)? in the way of|obstacles?(?: to)?|stall(?:s|ed|ing)?)\b/,
    weight: 2,
  },
  // A party disputing something named: "the council disputes the size of the claim".
  { pattern: /\bdisput(?:es|ed|ing) (?:the|a|an|its|their|his|her)\b/, weight: 3 },
  {
    pattern:
      /\bdisput(?:e|es|ed|ing)\b|\bdisagree(?:s|d|ment|ments)?\b|\brift\b|\brow (?:over|about)\b|\bclash(?:es|ed)? (?:over|with)\b/,
    weight: 2,
  },
  // Opposition, rejection, refusal.
  {
    pattern:
      /\bvot(?:e|es|ed|ing) against\b|\bagainst any\b|\bden(?:y|ies|ied|ying) (?:liability|responsibility|wrongdoing|negligence|(?:the |any |those )?(?:claims?|allegations?|accusations?))\b/,
    weight: 2,
  },
  { pattern: /\breject(?:s|ed|ing|ion)?\b|\boppos(?:e|es|ed|ing|ition)\b|\bobject(?:s|ed|ions?) to\b/, weight: 2 },
  { pattern: new RegExp(`\\brefus(?:e|es|ed|ing|al) to ${NEGOTIABLE}`), weight: 3 },
  { pattern: /\brefus(?:e|es|ed|ing|al)\b/, weight: 1 },
  {
    pattern: new RegExp(
      `\\b(?:did not|didn't|does not|doesn't|do not|don't|will not|won't|would not|wouldn't|cannot|can't|unlikely to|` +
        `declined? to|not willing to|unwilling to) (?:formally |yet |immediately )?${NEGOTIABLE}`,
    ),
    weight: 3,
  },
  {
    pattern:
      /\bnot feasible\b|\bno need (?:for|to)\b|\bno (?:public |firm |clear )?commitment\b|\bnot (?:enough|sufficient)\b/,
    weight: 2,
  },
  {
    pattern: /\bfail(?:ed|s)? to (?:fulfil|fulfill|honou?r|agree|reach|deliver|meet|act|respond|disclose|protect)\b/,
    weight: 2,
  },
  {
    pattern: /\bcondemn|\bcritici[sz]|\bdenounc|\blash(?:ed|es)? out\b|\bin fury\b|\bfurious\b|\bout of touch\b/,
    weight: 2,
  },
  // Demands and pressure.
  {
    pattern:
      /\bdemand(?:s|ed|ing)? (?:that|the|a|an|to|more|higher|better|his|her|their|its|immediate)\b|\bdemands\b|\b(?:central|key|main|chief) demand\b|\bdemand (?:for|over|concerns|is|was|remains)\b/,
    weight: 2,
  },
  {
    pattern:
      /\binsist(?:s|ed|ing|ence)?\b|\bcall(?:s|ed|ing)? (?:for|on)\b|\burg(?:e|es|ed|ing)\b|\bplead(?:ed|s)? with\b/,
    weight: 2,
  },
  {
    pattern:
      /\b(?:press|push)(?:es|ed|ing)? (?:for|to|ahead)\b|\blobby(?:ing)? for\b|\bvow(?:s|ed)? to (?:fight|continue|challenge|appeal)\b|\bcontinue the fight\b/,
    weight: 2,
  },
  // Legal and formal challenges.
  {
    pattern:
      /\bchalleng(?:e|es|ed|ing)\b|\boverturn|\blawsuits?\b|\bsu(?:e|es|ed|ing) (?:the|over)\b|\bsu(?:es|ed|ing) [A-Za-z]+(?: [A-Za-z]+){0,3} for\b|\bto appeal\b|\bplan(?:s|ned)? to appeal\b|\bsupreme court\b/,
    weight: 2,
  },
  {
    pattern:
      /\b(?:don't|do not|doesn't|does not|won't|will not|not) (?:expect to |plan to |intend to )?(?:take action|act on|move on)\b|\bdelay(?:s|ed|ing)?\b|\bpostpon\w*|\bput off\b|\buntil at least\b/,
    weight: 2,
  },
  // Counsel arguing a civil case: "her lawyers argue the authority breached its duty" (criminal trials are damped
  // by CRIME_CONTEXT).
  {
    pattern:
      /\b(?:lawyers?|barristers?|attorneys?|counsel|solicitors?|claimants?|plaintiffs?)\b[^.]*\b(?:argu\w*|claim\w*|contend\w*|told the (?:court|tribunal|judge))\b/,
    weight: 2,
  },
  // A party saying what someone else should do is a demand.
  {
    pattern: /\b(?:said|says|told|argued|argues|believes?)\b[^.]*\b(?:should|must|needs? to|ought to|has to|have to)\b/,
    weight: 2,
  },
  // Two parties' stances set against each other in one sentence: "X wants A, while Y is only prepared to offer B".
  {
    pattern:
      /\b(?:wants?|seeks?|seeking|demands?|insists?|asks? for|asking for)\b[^.]*\b(?:while|whereas|but)\b[^.]*\b(?:offer\w*|wants?|prepared to|willing to|insists?|says?|rejects?)\b/,
    weight: 2,
  },
  { pattern: /\bno (?:money|funds?|funding|budget|cash) (?:left|available)\b/, weight: 2 },
  { pattern: /\bconcessions?\b|\bcompromises?\b|\bultimatum\b|\bthreat(?:en|ened|ens) to\b/, weight: 1 },
  // Stances and doubts that count only beside other cues.
  {
    pattern:
      /\bwants?\b|\bwanted\b|\bpropos(?:e|es|ed|al)\b|\boffer(?:s|ed)?\b|\bseek(?:s|ing)?\b|\bsought\b|\bask(?:s|ed|ing)? for\b|\bhinted at\b/,
    weight: 1,
  },
  {
    pattern:
      /\bshould\b|\bmust\b|\bunfair\b|\bdisproportionate\b|\bexcessive(?:ly)?\b|\bunacceptable\b|\bprotest(?:s|ed|ers)?\b/,
    weight: 1,
  },
  {
    pattern:
      /\bargu(?:e|es|ed|ing)\b|\bclaim(?:s|ed|ing)?\b|\bcontend(?:s|ed)?\b|\bpending\b|\byet to (?:decide|rule|agree|respond)\b/,
    weight: 1,
  },
  {
    pattern:
      /\bwarn(?:s|ed|ing)?\b|\bconcerns?\b|\bworr(?:y|ies|ied)\b|\bquestion whether\b|\buncertain(?:ty)?\b|\bfear(?:s|ed)?\b/,
    weight: 1,
  },
];

/** Cue hits in one sentence are summed, up to this: a sentence listing five cue words is not five times a dispute. */
export const MAX_CUE_SCORE = 7;

/**
 * Words showing that a sentence is about parties deciding something (negotiations, courts, governments, money
 * and rules). A cue in such a sentence is about a dispute between parties, not a private act.
 */
export const DECISION_CONTEXT =
  /\b(?:talks|negotiat\w*|deal|agreement|settlement|peace|ceasefire|truce|compromise|treaty|framework|court|judges?|ruling|appeal|lawsuit|unions?|strike|government|administration|legislat\w*|lawmakers|parliament|congress|senate|council|ministry|minister|premier|president|governor|mayor|policy|decision|commission|vote|bill|law|budget|fund\w*|pay|salar\w*|wages?|tariffs?|trade|mediator|proposal|offer|plan|charges?|penalt\w*|fines?|holiday|contract|fee|price|tax\w*|damages|compensation|liability|tribunal|custody|divorce|rent|lease|tenan\w*|landlords?|merger|takeover|acquisition|bid|transfer|quotas?|closures?|reserves|grants?|subsid\w*|regulator|lawyers?|barristers?|attorneys?|reform|permit|planning|license|licence|guarantees?|territor\w*|sanctions?|agency|department|officials?|state)\b/;

/**
 * Words of crime and police reports. A cue among them ("refused to leave", "refused bail") is part of an incident,
 * not an open dispute, unless a strong cue says otherwise.
 */
export const CRIME_CONTEXT =
  /\b(?:arrest\w*|charged with|pleaded guilty|pleads guilty|convicted|sentenc\w*|police|bail|bond|jail\w*|prison|suspect|murder\w*|assault\w*|trespass\w*|robbery|stabb\w*|shot dead|charges? of|arson|burglar\w*|theft|manslaughter|kidnap\w*|rape)\b/;

/** Phrases reporting a dispute or negotiation as over: such a sentence is not an open sticking point. */
export const SETTLED =
  /\b(?:agreed (?:a|to a|on a|the) (?:deal|contract|settlement)|reached (?:an? |the )?(?:agreement|deal|settlement|compromise)|signed (?:an? |the )?(?:deal|agreement|contract|treaty)|(?:dispute|row|strike|standoff|stand-off) (?:was |has been |is )?(?:resolved|settled|over|ended)|settled (?:the|their|its) (?:dispute|case|lawsuit)|end(?:s|ed|ing)? (?:a|the|their|its) (?:\w+ )?(?:dispute|strike|standoff|stand-off|row|deadlock|impasse))\b/;

/** Weight subtracted from a sentence that reports a settlement. */
export const SETTLED_PENALTY = 3;

/** Words of sport reports: a "challenge", a "refusal" or a "demand" in a match or a season is not a dispute. */
export const SPORT_CONTEXT =
  /\b(?:goals?|season|matche?s?|games?|league|cup|championship|tournament|coach|players?|team|scored?|wins?|won|defeat\w*|victory|semi-final|final|innings|wickets?|touchdowns?|quarterback|striker|midfielder)\b/;
