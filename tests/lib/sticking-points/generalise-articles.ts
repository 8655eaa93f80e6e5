/**
 * Invented articles for the generalisation tests: disputes of kinds the other tests don't cover, and stories
 * without a dispute that are full of contention words. Written for these tests; no corpus text.
 */
import { makeArticle } from '@/tests/factories';

export const transferSaga = makeArticle({
  title: 'Rovers and Castleford still at odds over Okafor fee',
  lines: [
    'Castleford Athletic have rejected a second bid from Rovers for striker Daniel Okafor, leaving the two clubs about £8m apart with nine days of the transfer window left.',
    'Rovers offered £32m plus add-ons on Tuesday, but Castleford insist they will not sell their top scorer for less than £40m guaranteed.',
    'The length of the contract is a second sticking point. Okafor wants a five-year deal, while Rovers are only prepared to offer four years because of his age.',
    'Rovers manager Ian Tolley said he remained hopeful. "We have made a fair offer and the ball is in their court," he said.',
    'Castleford chairman Peter Lund said the club was under no pressure to sell and would not accept instalments spread over three seasons.',
  ],
});

export const damagesCase = makeArticle({
  title: 'Cyclist seeks £1.2m from council over pothole crash',
  lines: [
    'A cyclist who was left with a fractured spine after hitting a pothole is suing Marlow District Council for £1.2m in damages, in a case that opened at the High Court on Monday.',
    'Sarah Whitcombe, 44, claims the council knew about the defect for months and failed to repair it. Her lawyers argue the authority breached its duty to maintain the road.',
    'The council denies liability. Its barristers told the court that the pothole had been inspected in March and was below the depth that requires an urgent repair.',
    'The council also disputes the size of the claim, arguing that Ms Whitcombe would have been unable to return to her job as a courier regardless of the accident.',
    'Judge Helen Ames is expected to rule on liability before the end of the month, with any award of damages to be decided at a later hearing.',
  ],
});

export const rentDispute = makeArticle({
  title: 'Tenants at Harbour Court refuse to pay 18% rent rise',
  lines: [
    'Tenants in a 120-flat block in Leith say they will withhold the increase after their landlord announced an 18% rent rise from April.',
    'The Harbour Court Tenants Association says the increase is unaffordable and has demanded that the landlord, Northgate Living, freeze rents until long-delayed repairs to lifts and heating are completed.',
    'Northgate Living rejected the demand, saying the rise reflects higher mortgage costs and that repairs are scheduled for the summer.',
    'Association chair Ruth McKenna said the landlord had refused to meet tenants since January. "They want more money for flats where the heating does not work," she said.',
    'Northgate said it was open to talks but would not delay the increase. The association plans to take the case to the rent tribunal.',
  ],
});

export const railStrike = makeArticle({
  title: 'Rail workers walk out as pay talks break down',
  lines: [
    'Train drivers and guards on Southern Link walked out on Friday after talks over pay and working hours broke down, cancelling most services across the region.',
    'The RTW union is demanding a 9% pay rise to keep pace with inflation. The company has offered 4% this year and 3% next year, which the union called an insult.',
    'Hours are the other dividing line. Southern Link wants drivers to work Sunday shifts as part of their normal week, while the union insists Sundays must stay voluntary and paid at overtime rates.',
    'Union general secretary Mark Doyle said members would not accept longer rosters for less money. Southern Link chief executive Anna Reid said the offer was "fair and affordable" and urged the union to put it to a vote.',
    'No new talks have been scheduled, and the union has announced two further strike days next month.',
  ],
});

export const fishingTalks = makeArticle({
  title: 'EU and UK fail to agree fishing quotas for next year',
  lines: [
    "Talks between the European Union and the United Kingdom on next year's fishing quotas ended without agreement in Brussels on Thursday, with mackerel and access to the six-mile zone still unresolved.",
    "The UK wants to cut the EU fleet's share of North Sea mackerel by a fifth, arguing that stocks in its waters have grown. The EU says the cut would break the terms of the trade agreement.",
    'French and Dutch boats are also pressing for continued access to fish within six miles of the English coast, which British fishing groups oppose.',
    'The UK fisheries minister, Tom Hale, said Britain would not sign a deal that "gives away our waters". The EU commissioner, Lena Varga, said the bloc was ready to compromise on mackerel but not on access.',
    'Negotiators will meet again next week. Without a deal by the end of the year, provisional quotas will apply.',
  ],
});

export const libraryBudget = makeArticle({
  title: 'Councillors split over plan to close six libraries',
  lines: [
    "A plan to close six of Dunmore's fourteen libraries to save £2.3m has divided the city council ahead of next week's budget vote.",
    'Council leader Graham Pike says the closures are unavoidable after cuts to government grants. "There is no money left to protect every building," he said.',
    'Opposition councillors reject the closures and have called for the council to use £4m from its reserves instead. They argue the libraries are the only free warm spaces in the poorest wards.',
    'Labour group leader Nadia Khan said her party would vote against any budget that shut libraries. Campaigners have collected 11,000 signatures opposing the plan.',
    'The budget needs a majority of 33 votes, and the ruling group has only 31 councillors.',
  ],
});

export const drugPricing = makeArticle({
  title: 'Health service and drugmaker deadlocked over cystic fibrosis drug price',
  lines: [
    'Negotiations between the National Health Service and drugmaker Veltra over the price of its cystic fibrosis treatment Respira remain deadlocked after 18 months.',
    'Veltra is asking £104,000 per patient a year. The health service has offered about half that, saying the list price is not cost-effective at the threshold its assessors use.',
    'Patient groups have urged both sides to reach a deal, warning that 3,000 patients who could benefit are being denied the drug while talks drag on.',
    'Veltra said it would not cut the price further without a guarantee that the drug would be offered to all eligible patients, including children under six.',
    'The health service wants the company to accept a price review after three years, which Veltra has so far refused.',
  ],
});

export const mergerBlocked = makeArticle({
  title: 'Regulator blocks Telco merger over price fears',
  lines: [
    'The competition regulator has blocked the proposed £9bn merger of mobile operators Telmo and Brightwave, saying it would push up prices for millions of customers.',
    'The Competition Authority said the deal would cut the number of national networks from four to three and that the remedies offered by the companies were not sufficient.',
    'Telmo and Brightwave had offered to sell spectrum to a smaller rival and to freeze tariffs for three years. The authority rejected both offers as too weak and too short.',
    'Telmo chief executive Omar Faris said the decision was "deeply disappointing" and that the companies would challenge it at the Competition Appeal Tribunal.',
    'Consumer group Fair Phone welcomed the ruling and urged the companies to drop the appeal.',
  ],
});

export const celebritySplit = makeArticle({
  title: 'Singer and former husband at odds over custody and Malibu house',
  lines: [
    'Pop singer Marisa Vance and her former husband, producer Leo Grant, remain at odds over custody of their two children and the sale of their Malibu house, court papers filed on Wednesday show.',
    'Vance is seeking primary custody and wants the children to stay in Los Angeles. Grant is asking for joint custody and has proposed moving the children to New York, where he now works.',
    'The couple also disagree over the house. Grant wants it sold and the proceeds split equally, while Vance insists she paid for it before the marriage and should keep it.',
    'A hearing is set for March. Lawyers for both sides declined to comment.',
  ],
});

export const climateSummit = makeArticle({
  title: 'Climate summit stalls over finance for poorer nations',
  lines: [
    'Talks at the climate summit in Recife stalled on Saturday, with rich and poor countries still far apart on how much money should flow to developing nations.',
    'A bloc of developing countries is demanding at least $1 trillion a year in climate finance by 2030, most of it in grants rather than loans.',
    'Wealthy nations led by the European Union have offered $300bn a year and insist that China and the Gulf states should also contribute.',
    'China rejected the call, saying it remains a developing country under the UN rules. Small island states said the offer was "a death sentence".',
    'Negotiators are also divided over whether to mention fossil fuels in the final text. The summit is scheduled to end on Sunday but is expected to overrun.',
  ],
});

export const matchReport = makeArticle({
  title: 'Wanderers fight back to earn draw at Kingsmead',
  lines: [
    'Wanderers refused to give up after going two goals down and earned a deserved 2-2 draw at Kingsmead on Saturday.',
    'Captain Joe Barlow, who insisted on playing despite a hamstring strain, headed in the equaliser in the 88th minute.',
    'The home side rejected claims that they had sat back. "We wanted a third goal and pushed for it," manager Colin Hart said.',
    'The referee turned down two strong penalty appeals, and Hart demanded better from his defence after the break.',
    'Wanderers stay fifth, two points behind Kingsmead.',
  ],
});

export const obituary = makeArticle({
  title: 'Margaret Ellory, campaigning headteacher, dies at 91',
  lines: [
    'Margaret Ellory, who refused to let her village school close in the 1970s and went on to run it for 25 years, has died at the age of 91.',
    'Born in Shropshire in 1933, she trained as a teacher in London and insisted throughout her career that every child should learn a musical instrument.',
    'She once described her fight with the education authority as "the best argument I ever lost, and then won". The school celebrated its centenary in 2010.',
    'She is survived by her two sons and five grandchildren.',
  ],
});

export const productReview = makeArticle({
  title: 'Pixora X5 review: a gorgeous screen let down by a stubborn camera',
  lines: [
    'The Pixora X5 has the best screen we have tested this year, but its camera refuses to focus on close subjects and the battery struggles to last a full day.',
    'In low light the autofocus hunts constantly and sometimes rejects the shot altogether. Reviewers at other sites have reported the same problem.',
    'Pixora says a software update will fix the focusing issue. Until then, we would urge buyers who care about photography to wait.',
    'The X5 costs £799 and is on sale now.',
  ],
});

export const weatherStory = makeArticle({
  title: 'Storm Hilde brings gales and flooding to the west',
  lines: [
    'Storm Hilde brought winds of up to 90mph to western coasts on Sunday, blocking roads with fallen trees and cutting power to 40,000 homes.',
    'The Met Office warned that the worst was yet to come and urged people not to travel unless necessary. Flood warnings remain in place for 30 rivers.',
    'Ferry operators cancelled crossings and said services would not resume before Tuesday. Engineers are working to restore power.',
    'Forecasters said conditions should ease by Wednesday, although further rain is expected.',
  ],
});

export const scienceDiscovery = makeArticle({
  title: 'Fossil shows early birds could swim',
  lines: [
    'A 120-million-year-old fossil found in Mongolia suggests that some of the earliest birds hunted fish underwater, researchers said on Wednesday.',
    'The discovery challenges the long-held view that diving evolved much later. An earlier theory that the animal was a small dinosaur was rejected after scans revealed its feathers.',
    'Lead author Dr Priya Nair said the team had been surprised. "We argued for weeks about what the bones meant," she said. Other experts called for more specimens to confirm the finding.',
    'The study is published in the journal Nature.',
  ],
});

export const settledDispute = makeArticle({
  title: 'Bus drivers accept pay offer, ending strike',
  lines: [
    'Bus drivers in Westbridge have voted to accept a new pay offer, ending a dispute that had disrupted services for six weeks.',
    'The two sides finally agreed a 7% rise over two years after talks at the conciliation service. The union had demanded 10% and the company had at first offered 4%.',
    'Union organiser Kim Patel said members were relieved. "It was a hard fight, but we reached a deal that recognises their work," she said.',
    'Full services will resume on Monday.',
  ],
});

export const crimeReport = makeArticle({
  title: 'Man denies charges over shop fire',
  lines: [
    'A 34-year-old man has denied starting a fire that destroyed a convenience store in Eastfield last month.',
    'Daniel Price appeared at the crown court on Thursday, where he denied the charges of arson and reckless endangerment. He was refused bail.',
    'Prosecutors say CCTV shows a man pouring liquid at the shop door. The defence disputes that the footage shows Mr Price.',
    'A trial has been set for June. The shop owner said the community had rallied round and the store would reopen.',
  ],
});
