// The catalogue of risk and protective factors teams assess young people against. Grouped in the
// five domains the Swedish guidance (Socialstyrelsen, Brå) and Communities That Care both use, so a
// Swedish and a Danish team mean the same thing by a factor. Wording is Tavla's own summary of the
// frameworks, phrased for practitioners; keys are stable because assessments and interventions
// refer to them.
import type { FactorDomain, FactorKind, Lang3, SeedFactor } from './types.js';

const CTC = 'Communities That Care (Hawkins & Catalano)';
const SE = 'Socialstyrelsen & Brå: risk- och skyddsfaktorer';
const BOTH = `${CTC}; ${SE}`;

function factor(
  key: string, kind: FactorKind, domain: FactorDomain, source: string, name: Lang3, description: Lang3,
): SeedFactor {
  return { key, kind, domain, name, description, source };
}

const individual: SeedFactor[] = [
  factor('risk.individual.early_antisocial_behaviour', 'RISK', 'INDIVIDUAL', BOTH,
    { sv: 'Tidigt normbrytande beteende', da: 'Tidlig normbrydende adfærd', en: 'Early antisocial behaviour' },
    {
      sv: 'Återkommande normbrott, som aggressivitet, snatteri eller skadegörelse, som började i tidig ålder.',
      da: 'Gentagne normbrud som aggression, butikstyveri eller hærværk, der begyndte i en tidlig alder.',
      en: 'Repeated rule-breaking such as aggression, shoplifting or vandalism that began at an early age.',
    }),
  factor('risk.individual.attitudes_favouring_crime', 'RISK', 'INDIVIDUAL', BOTH,
    { sv: 'Positiva attityder till brott', da: 'Positive holdninger til kriminalitet', en: 'Attitudes favouring crime' },
    {
      sv: 'Den unge ser brott, våld eller droger som acceptabla eller som ett sätt att få status.',
      da: 'Den unge ser kriminalitet, vold eller stoffer som acceptabelt eller som en vej til status.',
      en: 'The young person sees crime, violence or drugs as acceptable or as a way to gain status.',
    }),
  factor('risk.individual.substance_use', 'RISK', 'INDIVIDUAL', BOTH,
    { sv: 'Tidig alkohol- och narkotikaanvändning', da: 'Tidligt brug af alkohol og stoffer', en: 'Early alcohol and drug use' },
    {
      sv: 'Den unge har tidigt börjat använda alkohol, cannabis eller andra droger, eller använder dem regelbundet.',
      da: 'Den unge er tidligt begyndt at bruge alkohol, hash eller andre stoffer eller bruger dem jævnligt.',
      en: 'The young person started using alcohol, cannabis or other drugs early, or uses them regularly.',
    }),
  factor('risk.individual.impulsivity', 'RISK', 'INDIVIDUAL', BOTH,
    { sv: 'Impulsivitet och spänningssökande', da: 'Impulsivitet og spændingssøgning', en: 'Impulsivity and sensation seeking' },
    {
      sv: 'Den unge har svårt att stanna upp, tänka på följderna och vänta, och dras ofta till spänning och risk.',
      da: 'Den unge har svært ved at stoppe op, tænke over konsekvenserne og vente og drages ofte mod spænding og risiko.',
      en: 'The young person finds it hard to stop, think about consequences and wait, and is often drawn to excitement and risk.',
    }),
  factor('protective.individual.social_skills', 'PROTECTIVE', 'INDIVIDUAL', BOTH,
    { sv: 'Social kompetens', da: 'Sociale kompetencer', en: 'Social skills' },
    {
      sv: 'Den unge kan samarbeta, lösa konflikter utan våld och säga nej till kamrater.',
      da: 'Den unge kan samarbejde, løse konflikter uden vold og sige nej til kammerater.',
      en: 'The young person can cooperate, resolve conflicts without violence and say no to peers.',
    }),
  factor('protective.individual.prosocial_beliefs', 'PROTECTIVE', 'INDIVIDUAL', CTC,
    { sv: 'Tydliga värderingar mot brott', da: 'Klare værdier mod kriminalitet', en: 'Healthy beliefs and clear standards' },
    {
      sv: 'Den unge tycker att brott och droger är fel och har tydliga egna gränser.',
      da: 'Den unge mener, at kriminalitet og stoffer er forkert, og har klare egne grænser.',
      en: 'The young person believes crime and drugs are wrong and holds clear personal limits.',
    }),
  factor('protective.individual.future_orientation', 'PROTECTIVE', 'INDIVIDUAL', SE,
    { sv: 'Framtidstro och mål', da: 'Fremtidstro og mål', en: 'Hope and goals for the future' },
    {
      sv: 'Den unge har mål för skola, arbete eller fritid och tror att de går att nå.',
      da: 'Den unge har mål for skole, arbejde eller fritid og tror på, at de kan nås.',
      en: 'The young person has goals for school, work or leisure and believes they can be reached.',
    }),
  factor('protective.individual.self_control', 'PROTECTIVE', 'INDIVIDUAL', SE,
    { sv: 'Självkontroll', da: 'Selvkontrol', en: 'Self-control' },
    {
      sv: 'Den unge kan hantera ilska och impulser och tänker efter innan hen handlar.',
      da: 'Den unge kan håndtere vrede og impulser og tænker sig om, før der handles.',
      en: 'The young person can manage anger and impulses and thinks before acting.',
    }),
];

const peers: SeedFactor[] = [
  factor('risk.peers.delinquent_friends', 'RISK', 'PEERS', BOTH,
    { sv: 'Kamrater som begår brott', da: 'Venner der begår kriminalitet', en: 'Delinquent friends' },
    {
      sv: 'Den unges nära vänner begår brott eller använder droger.',
      da: 'Den unges nære venner begår kriminalitet eller bruger stoffer.',
      en: "The young person's close friends commit crimes or use drugs.",
    }),
  factor('risk.peers.peer_rewards_antisocial', 'RISK', 'PEERS', CTC,
    { sv: 'Status i gruppen för normbrott', da: 'Status i gruppen for normbrud', en: 'Peer rewards for antisocial behaviour' },
    {
      sv: 'I kamratgruppen ger brott och regelbrott respekt och status.',
      da: 'I vennegruppen giver kriminalitet og regelbrud respekt og status.',
      en: 'In the peer group, crime and rule-breaking earn respect and status.',
    }),
  factor('risk.peers.gang_involvement', 'RISK', 'PEERS', BOTH,
    { sv: 'Koppling till kriminella gäng', da: 'Tilknytning til bander', en: 'Gang involvement' },
    {
      sv: 'Den unge umgås i, eller dras mot, en kriminell grupp eller ett gäng.',
      da: 'Den unge færdes i, eller trækkes mod, en kriminel gruppe eller bande.',
      en: 'The young person spends time in, or is drawn towards, a criminal group or gang.',
    }),
  factor('risk.peers.older_criminal_contacts', 'RISK', 'PEERS', SE,
    { sv: 'Kontakt med äldre kriminella', da: 'Kontakt med ældre kriminelle', en: 'Contact with older offenders' },
    {
      sv: 'Äldre personer med kriminell livsstil söker upp, imponerar på eller utnyttjar den unge.',
      da: 'Ældre personer med en kriminel livsstil opsøger, imponerer eller udnytter den unge.',
      en: 'Older people with a criminal lifestyle seek out, impress or make use of the young person.',
    }),
  factor('protective.peers.prosocial_friends', 'PROTECTIVE', 'PEERS', BOTH,
    { sv: 'Prosociala kamrater', da: 'Prosociale venner', en: 'Prosocial friends' },
    {
      sv: 'Den unge har vänner som går i skolan, har fritidsintressen och håller sig borta från brott.',
      da: 'Den unge har venner, der passer skolen, har fritidsinteresser og holder sig fra kriminalitet.',
      en: 'The young person has friends who attend school, have leisure interests and stay away from crime.',
    }),
  factor('protective.peers.peer_disapproval', 'PROTECTIVE', 'PEERS', SE,
    { sv: 'Kamrater som tar avstånd från brott', da: 'Venner der tager afstand fra kriminalitet', en: 'Peer disapproval of crime' },
    {
      sv: 'Kamraterna säger ifrån och tappar respekten för den som begår brott eller tar droger.',
      da: 'Vennerne siger fra og mister respekten for den, der begår kriminalitet eller tager stoffer.',
      en: 'Friends speak up and lose respect for anyone who commits crimes or takes drugs.',
    }),
];

const family: SeedFactor[] = [
  factor('risk.family.poor_supervision', 'RISK', 'FAMILY', BOTH,
    { sv: 'Bristande tillsyn och gränssättning', da: 'Manglende opsyn og grænsesætning', en: 'Poor family management' },
    {
      sv: 'Föräldrarna vet sällan var eller med vem den unge är, och regler och konsekvenser är otydliga.',
      da: 'Forældrene ved sjældent, hvor eller med hvem den unge er, og regler og konsekvenser er uklare.',
      en: 'Parents seldom know where or with whom the young person is, and rules and consequences are unclear.',
    }),
  factor('risk.family.conflict', 'RISK', 'FAMILY', BOTH,
    { sv: 'Konflikter i familjen', da: 'Konflikter i familien', en: 'Family conflict' },
    {
      sv: 'Återkommande allvarliga konflikter, hot eller våld mellan familjemedlemmar.',
      da: 'Gentagne alvorlige konflikter, trusler eller vold mellem familiemedlemmer.',
      en: 'Repeated serious conflict, threats or violence between family members.',
    }),
  factor('risk.family.history_of_problem_behaviour', 'RISK', 'FAMILY', BOTH,
    { sv: 'Kriminalitet eller missbruk i familjen', da: 'Kriminalitet eller misbrug i familien', en: 'Family history of crime or substance misuse' },
    {
      sv: 'Föräldrar eller syskon begår brott eller har ett missbruk.',
      da: 'Forældre eller søskende begår kriminalitet eller har et misbrug.',
      en: 'Parents or siblings commit crimes or misuse alcohol or drugs.',
    }),
  factor('risk.family.parental_attitudes', 'RISK', 'FAMILY', CTC,
    { sv: 'Föräldrars tillåtande attityder', da: 'Forældres accepterende holdninger', en: 'Parental attitudes favouring problem behaviour' },
    {
      sv: 'Föräldrarna ser mellan fingrarna med, eller ursäktar, droger, våld eller brott.',
      da: 'Forældrene ser gennem fingre med, eller undskylder, stoffer, vold eller kriminalitet.',
      en: 'Parents overlook or excuse drug use, violence or crime.',
    }),
  factor('protective.family.bonding', 'PROTECTIVE', 'FAMILY', BOTH,
    { sv: 'Nära relation till föräldrar', da: 'Tæt relation til forældrene', en: 'Family bonding' },
    {
      sv: 'Den unge har en varm och tillitsfull relation till minst en förälder.',
      da: 'Den unge har en varm og tillidsfuld relation til mindst én forælder.',
      en: 'The young person has a warm, trusting relationship with at least one parent.',
    }),
  factor('protective.family.clear_rules', 'PROTECTIVE', 'FAMILY', BOTH,
    { sv: 'Tydliga regler och insyn hemma', da: 'Klare regler og opsyn hjemme', en: 'Clear rules and monitoring' },
    {
      sv: 'Föräldrarna vet var den unge är, sätter rimliga gränser och följer upp dem.',
      da: 'Forældrene ved, hvor den unge er, sætter rimelige grænser og følger op på dem.',
      en: 'Parents know where the young person is, set reasonable limits and follow them up.',
    }),
  factor('protective.family.recognition', 'PROTECTIVE', 'FAMILY', CTC,
    { sv: 'Uppmuntran hemifrån', da: 'Anerkendelse hjemmefra', en: 'Recognition in the family' },
    {
      sv: 'Familjen ger den unge ansvar och uppmärksammar det hen gör bra.',
      da: 'Familien giver den unge ansvar og anerkender det, den unge gør godt.',
      en: 'The family gives the young person responsibility and notices what they do well.',
    }),
  factor('protective.family.network_adult', 'PROTECTIVE', 'FAMILY', SE,
    { sv: 'Stöttande vuxen i nätverket', da: 'Støttende voksen i netværket', en: 'Supportive adult in the network' },
    {
      sv: 'En släkting, ett äldre syskon eller en annan vuxen i familjens nätverk stöttar den unge.',
      da: 'En slægtning, en ældre bror eller søster eller en anden voksen i familiens netværk støtter den unge.',
      en: "A relative, an older sibling or another adult in the family's network supports the young person.",
    }),
];

const school: SeedFactor[] = [
  factor('risk.school.low_achievement', 'RISK', 'SCHOOL', BOTH,
    { sv: 'Svaga skolresultat', da: 'Svage faglige resultater', en: 'Academic failure' },
    {
      sv: 'Den unge ligger långt efter i skolarbetet och riskerar att gå ut utan behörighet till gymnasiet.',
      da: 'Den unge er langt bagud fagligt og risikerer ikke at blive klar til en ungdomsuddannelse.',
      en: 'The young person is far behind at school and risks leaving without the grades for upper secondary education.',
    }),
  factor('risk.school.low_commitment', 'RISK', 'SCHOOL', CTC,
    { sv: 'Låg motivation för skolan', da: 'Lav motivation for skolen', en: 'Low commitment to school' },
    {
      sv: 'Den unge ser ingen mening med skolan och engagerar sig inte i skolarbetet.',
      da: 'Den unge ser ingen mening med skolen og engagerer sig ikke i skolearbejdet.',
      en: 'The young person sees no point in school and does not engage with schoolwork.',
    }),
  factor('risk.school.truancy', 'RISK', 'SCHOOL', SE,
    { sv: 'Hög frånvaro', da: 'Højt fravær', en: 'Truancy' },
    {
      sv: 'Upprepad ogiltig frånvaro eller långa perioder borta från skolan.',
      da: 'Gentaget ulovligt fravær eller lange perioder væk fra skolen.',
      en: 'Repeated unexcused absence or long periods away from school.',
    }),
  factor('protective.school.bonding', 'PROTECTIVE', 'SCHOOL', BOTH,
    { sv: 'Trivsel och tillhörighet i skolan', da: 'Trivsel og tilhørsforhold i skolen', en: 'School bonding' },
    {
      sv: 'Den unge trivs i skolan och har minst en lärare eller annan vuxen där som hen litar på.',
      da: 'Den unge trives i skolen og har mindst én lærer eller anden voksen dér, som den unge har tillid til.',
      en: 'The young person feels they belong at school and trusts at least one teacher or other adult there.',
    }),
  factor('protective.school.opportunities', 'PROTECTIVE', 'SCHOOL', CTC,
    { sv: 'Möjligheter att delta i skolan', da: 'Muligheder for at deltage i skolen', en: 'Opportunities for involvement at school' },
    {
      sv: 'Skolan ger den unge uppgifter och roller där hen kan bidra och lyckas.',
      da: 'Skolen giver den unge opgaver og roller, hvor den unge kan bidrage og lykkes.',
      en: 'School gives the young person tasks and roles where they can contribute and succeed.',
    }),
  factor('protective.school.recognition', 'PROTECTIVE', 'SCHOOL', CTC,
    { sv: 'Erkännande i skolan', da: 'Anerkendelse i skolen', en: 'Recognition at school' },
    {
      sv: 'Lärarna ser och berömmer den unges ansträngningar och framsteg.',
      da: 'Lærerne ser og roser den unges indsats og fremskridt.',
      en: "Teachers notice and praise the young person's effort and progress.",
    }),
];

const community: SeedFactor[] = [
  factor('risk.community.drug_availability', 'RISK', 'COMMUNITY', CTC,
    { sv: 'Lättillgängliga droger', da: 'Let adgang til stoffer', en: 'Availability of drugs' },
    {
      sv: 'Narkotika och alkohol är lätta att få tag på i området.',
      da: 'Det er let at skaffe stoffer og alkohol i området.',
      en: 'Drugs and alcohol are easy to get hold of in the area.',
    }),
  factor('risk.community.disorder', 'RISK', 'COMMUNITY', BOTH,
    { sv: 'Otrygghet och oordning i området', da: 'Utryghed og uorden i området', en: 'Community disorganisation' },
    {
      sv: 'Skadegörelse, stök och öppen brottslighet präglar området, och vuxna ingriper sällan.',
      da: 'Hærværk, uro og åbenlys kriminalitet præger området, og voksne griber sjældent ind.',
      en: 'Vandalism, disorder and open crime mark the area, and adults seldom step in.',
    }),
  factor('risk.community.low_attachment', 'RISK', 'COMMUNITY', CTC,
    { sv: 'Svag anknytning till området', da: 'Svag tilknytning til området', en: 'Low neighbourhood attachment' },
    {
      sv: 'Den unge och familjen känner sig inte hemma i området och har få band till grannarna.',
      da: 'Den unge og familien føler sig ikke hjemme i området og har få bånd til naboerne.',
      en: 'The young person and the family do not feel at home in the area and have few ties to neighbours.',
    }),
  factor('risk.community.norms_favouring_crime', 'RISK', 'COMMUNITY', CTC,
    { sv: 'Normer som accepterar brott', da: 'Normer der accepterer kriminalitet', en: 'Community norms favouring crime' },
    {
      sv: 'I närmiljön ses droger, vapen eller brott som något normalt, och regler upprätthålls sällan.',
      da: 'I nærmiljøet opfattes stoffer, våben eller kriminalitet som noget normalt, og regler håndhæves sjældent.',
      en: 'Locally, drugs, weapons or crime are seen as normal, and rules are rarely enforced.',
    }),
  factor('risk.community.economic_deprivation', 'RISK', 'COMMUNITY', BOTH,
    { sv: 'Socioekonomisk utsatthet', da: 'Socioøkonomisk udsathed', en: 'Economic deprivation' },
    {
      sv: 'Familjen lever med låg inkomst, trångboddhet eller arbetslöshet i ett område där många hushåll har det så.',
      da: 'Familien lever med lav indkomst, trangboethed eller arbejdsløshed i et område, hvor mange husstande har det sådan.',
      en: 'The family lives with low income, overcrowding or unemployment in an area where many households do.',
    }),
  factor('protective.community.organised_leisure', 'PROTECTIVE', 'COMMUNITY', BOTH,
    { sv: 'Organiserad fritid', da: 'Organiseret fritid', en: 'Organised leisure' },
    {
      sv: 'Den unge deltar regelbundet i idrott, föreningsliv eller någon annan ledarledd fritidsaktivitet.',
      da: 'Den unge deltager jævnligt i sport, foreningsliv eller en anden fritidsaktivitet med voksne ledere.',
      en: 'The young person regularly takes part in sport, a club or another adult-led leisure activity.',
    }),
  factor('protective.community.trusted_adult', 'PROTECTIVE', 'COMMUNITY', SE,
    { sv: 'Förtroendefull vuxen utanför familjen', da: 'Betroet voksen uden for familien', en: 'Trusted adult outside the family' },
    {
      sv: 'En tränare, fritidsledare eller mentor som den unge litar på och lyssnar på.',
      da: 'En træner, klubmedarbejder eller mentor, som den unge har tillid til og lytter til.',
      en: 'A coach, youth worker or mentor whom the young person trusts and listens to.',
    }),
  factor('protective.community.recognition', 'PROTECTIVE', 'COMMUNITY', CTC,
    { sv: 'Erkännande i närsamhället', da: 'Anerkendelse i lokalsamfundet', en: 'Recognition in the community' },
    {
      sv: 'Den unge får uppskattning för att bidra, till exempel som hjälptränare eller i en förening.',
      da: 'Den unge bliver anerkendt for at bidrage, for eksempel som hjælpetræner eller i en forening.',
      en: 'The young person is valued for contributing, for example as an assistant coach or in a club.',
    }),
  factor('protective.community.adult_presence', 'PROTECTIVE', 'COMMUNITY', SE,
    { sv: 'Vuxennärvaro i området', da: 'Voksne til stede i området', en: 'Adult presence in the area' },
    {
      sv: 'Synliga vuxna, som fältassistenter, bovärdar och grannar, finns på plats och bryr sig.',
      da: 'Synlige voksne som gadeplansmedarbejdere, ejendomsfunktionærer og naboer er til stede og tager ansvar.',
      en: 'Visible adults such as field workers, caretakers and neighbours are around and take responsibility.',
    }),
];

export const factorCatalogue: SeedFactor[] = [...individual, ...peers, ...family, ...school, ...community];
