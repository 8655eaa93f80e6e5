/**
 * Invented articles for the sticking-points tests: disputes of several kinds, and stories full of cue words that
 * report no dispute. Written for these tests; no text is taken from the evaluation corpus.
 */
import { makeArticle } from '@/tests/factories';

/** Trade talks with one subsection per open issue, under an umbrella heading. */
export const tradeTalks = makeArticle({
  title: 'Fishing treaty talks end without agreement',
  lines: [
    'Negotiators from Norland and the Republic of Estmark ended a third round of talks on Friday without an agreement on a new fishing treaty.',
    'Both delegations called the meeting useful, but officials admitted that the two sides remain far apart on the main issues.',
    '## The issues still blocking a treaty',
    'Several disputes continue to stand in the way of a final deal.',
    '### Catch quotas',
    'Estmark wants a larger share of the annual cod catch, arguing that its coastal towns depend on it.',
    'Norland has offered only a small increase in quotas for the next two seasons.',
    'The quota gap remains the hardest question for both delegations.',
    '### Access to coastal waters',
    'Norland insists that foreign trawlers stay out of its twelve-mile coastal zone.',
    'Estmark rejects that demand and has pushed for access to the northern fishing grounds for its fleet.',
    '### Enforcement and inspections',
    'The two governments are divided over who should inspect the boats at sea.',
    'Estmark has proposed a joint inspection board, while Norland refuses to accept inspectors from abroad.',
    '## What happens next',
    'A fourth round is planned for the spring, and both ministers said they hoped to close the gaps before then.',
  ],
});

/** A teachers' strike with two separate open issues and no headings. */
export const teacherStrike = makeArticle({
  title: 'Teachers strike over pay as council budget talks stall',
  lines: [
    'Thousands of teachers in Riverton walked out on Monday to demand a pay rise of eight percent after talks with the city council broke down.',
    'The Riverton Teachers Union says salaries have fallen behind inflation for five years and insists that any offer must match rising prices.',
    'The council has offered a two percent raise and says it cannot afford more without cutting other services.',
    'Union leader Maria Okafor said teachers would not accept a deal that left their pay lower in real terms.',
    'The strike closed forty schools across the city.',
    'Parents gathered outside the town hall to watch the rally, and some brought their children.',
    'A second dispute concerns funding for school repairs, which the union wants paid from the city reserve fund.',
    'Mayor Daniel Reyes rejected that call and said the reserve fund must stay untouched until the next budget.',
    'No new talks have been scheduled, and the union has warned that further strikes are possible next month.',
  ],
});

/** A planning dispute heading to court. */
export const planningDispute = makeArticle({
  title: 'Residents challenge wind farm approval in court',
  lines: [
    'A residents group in Hallow Vale has launched a legal challenge against the county council decision to approve a wind farm on the ridge above the village.',
    'The Hallow Vale Residents Association argues that the planning permission was granted without a proper noise assessment.',
    'The developer, Greenline Energy, says the project met every planning rule and insists the turbines will be quieter than a country road.',
    'The council declined to comment on the case while the appeal is pending.',
    'Residents want the permission quashed and a new public inquiry held, while Greenline has asked the court to throw out the challenge.',
    'A hearing at the High Court is expected in the autumn.',
  ],
});

/** A recipe that tells the reader to refuse to overcook. */
export const recipe = makeArticle({
  title: 'Weeknight lemon pasta',
  lines: [
    'This lemon pasta is on the table in twenty minutes and needs only one pan.',
    'Bring a large pot of salted water to the boil and cook the spaghetti until just tender.',
    'Refuse to overcook it: the pasta keeps cooking in the sauce, so drain it a minute early.',
    'Meanwhile, melt the butter with the lemon zest and a ladle of the cooking water.',
    'Toss the pasta in the pan, add the cheese and stir until the sauce turns glossy.',
    'Some cooks insist on adding cream, but the starch in the water does the job on its own.',
    'Serve at once with black pepper and more cheese.',
  ],
});

/** A product launch with "on demand" and "demand for". */
export const productLaunch = makeArticle({
  title: 'Brightline unveils its new folding e-bike',
  lines: [
    'Brightline has unveiled the Fold 2, a lighter version of its folding electric bike, at a trade show in Berlin.',
    'The bike weighs fourteen kilograms and folds in ten seconds, the company said.',
    'Riders can unlock extra power modes on demand through a smartphone app.',
    'Brightline said demand for the first model outstripped supply, and it has doubled production for the new one.',
    'The company insists the new frame is as strong as the old one despite the lower weight.',
    'The Fold 2 goes on sale in March at a price of 1,900 euros.',
  ],
});

/** A sports report in which a team "refused to give up". */
export const sportsResult = makeArticle({
  title: 'Harbour City snatch late win',
  lines: [
    'Harbour City came from two goals down to beat Westfield 3-2 on Saturday.',
    'Westfield led at half-time after two goals from their captain.',
    'But the home side refused to give up and pulled one back through a header ten minutes after the break.',
    'The coach demanded more pace from his players, and the equaliser came soon after.',
    'A penalty in stoppage time sealed the win and lifted Harbour City to third in the table.',
    'The coach said he was proud of a team that never stopped believing.',
  ],
});

/** A crime report in which the accused is "refused bail". */
export const crimeReport = makeArticle({
  title: 'Man charged after warehouse break-in',
  lines: [
    'A 34-year-old man has been charged with burglary after a break-in at a warehouse in the docks area on Tuesday night.',
    'Police said officers found the man inside the building shortly after the alarm went off.',
    'He refused to leave the warehouse and was arrested after a short struggle.',
    'Magistrates refused bail and he was remanded in custody until a hearing next month.',
    'The prosecution said the man denied the charge and would plead not guilty.',
    'Police have asked anyone who saw a white van near the docks to contact them.',
  ],
});

/** A science story with "rejected" and "dispute" used of hypotheses. */
export const scienceStory = makeArticle({
  title: 'Ancient ice reveals a warmer past',
  lines: [
    'Scientists drilling in the Antarctic have recovered ice that is more than two million years old.',
    'Air bubbles trapped in the ice show how much carbon dioxide the atmosphere held at the time.',
    'The team said the results rejected an older idea that the climate then was much colder than today.',
    'The findings were published in a scientific journal on Wednesday.',
    'The researchers now plan to drill deeper in the hope of finding even older ice.',
  ],
});

/** A negotiation that ended in a deal: settled, so nothing is open. */
export const settledDeal = makeArticle({
  title: 'Port workers accept new contract',
  lines: [
    'Port workers in Eastham have voted to accept a new three-year contract, ending a dispute that had halted shipping for a week.',
    'The union and the port authority reached an agreement on Sunday after two days of talks.',
    'The deal gives workers a raise of five percent a year and keeps the current shift pattern.',
    'Ships began unloading again on Monday morning.',
  ],
});

/** A German dispute article. */
export const germanArticle = makeArticle({
  title: 'Tarifstreit bei der Bahn',
  lines: [
    'Die Gewerkschaft fordert sechs Prozent mehr Lohn, doch die Bahn lehnt die Forderung ab.',
    'Die Verhandlungen sind gescheitert, und ein Streik ist nicht ausgeschlossen.',
  ],
  lang: 'de',
});

/** A French dispute article with no language tag. */
export const frenchUntagged = makeArticle({
  title: 'Les négociations échouent',
  lines: [
    'Les syndicats refusent la proposition du gouvernement et exigent une hausse des salaires.',
    'Le ministre a rejeté toute augmentation avant la fin de l’année, et les discussions sont dans une impasse.',
    'Une nouvelle grève est prévue pour la semaine prochaine dans les écoles de la région.',
  ],
  lang: null,
});
