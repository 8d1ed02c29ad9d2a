// Meddelanden för analys-API:t (issue 4): skäl för tongivande kandidater, importfel, tänk-om-scenarier.
import type { analysisEn } from './en.js';

export const analysisSv: typeof analysisEn = {
  reason: {
    TIES_TO_MEMBERS: 'Har band till {{count}} av de {{total}} andra medlemmarna.',
    ON_SHORTEST_PATHS_BETWEEN_SUBGROUPS: 'Ligger på {{percent}} % av de kortaste vägarna mellan de {{subgroups}} undergrupperna.',
    LOOKED_UP_TO_one: 'En medlem ser upp till personen.',
    LOOKED_UP_TO_other: '{{count}} medlemmar ser upp till personen.',
    RECRUITS_OR_PRESSURES_one: 'Rekryterar eller pressar en medlem.',
    RECRUITS_OR_PRESSURES_other: 'Rekryterar eller pressar {{count}} medlemmar.',
    HARMFUL_TIES_TO_MEMBERS_one: 'Har ett skadligt band till en medlem.',
    HARMFUL_TIES_TO_MEMBERS_other: 'Har skadliga band till {{count}} medlemmar.',
    HIGH_PAGERANK: 'Plats {{rank}} av {{of}} enligt PageRank (band från välförankrade personer).',
    OUTSIDE_GROUP: 'Är inte medlem i gruppen.',
  },
  caveat: {
    DEPENDS_ON_REPORTED_TIES: 'Bygger bara på de {{ties}} band som är registrerade: rangordningen ändras med vem som har rapporterat vilka band.',
    FILTERED_TIES: 'Filtret räknade {{used}} av {{total}} band.',
  },
  toneSetterCaution:
    'Det här är kandidater, inte slutsatser. Listan rangordnar vem som har en position i nätverket att vara tongivande, utifrån de band teamet har registrerat; den säger ingenting om vad någon har gjort. Gå igenom den med dem som känner ungdomarna innan ni agerar på den.',
  tieNotOnBoard: 'Det här bandet finns inte på tavlan den dagen.',
  plannedTieToRemoved: 'Ett planerat band kan inte gälla någon som scenariot tar bort.',
  import: {
    badFile: 'Ingenting importerades. {{problem}}',
    where: {
      line: 'Rad {{line}}',
      element: 'Rad {{line}}, {{element}}',
      elementOnly: 'I {{element}}',
      file: 'Filen',
    },
    problem: {
      TOO_LARGE: 'Filen är för stor (högst {{max}} tecken).',
      TOO_MANY_PEOPLE: '{{where}}: filen har fler än {{max}} personer.',
      TOO_MANY_TIES: '{{where}}: filen har fler än {{max}} band.',
      EMPTY: 'Filen är tom.',
      MISSING_COLUMN: '{{where}}: första raden ska namnge kolumnerna, minst source och target.',
      BAD_CSV: '{{where}}: raden går inte att läsa som CSV (kontrollera citattecknen).',
      NEWLINE_IN_FIELD: '{{where}}: ett värde innehåller en radbrytning.',
      MISSING_VALUE: '{{where}}: source eller target är tom.',
      VALUE_TOO_LONG: '{{where}}: ett namn eller id är längre än {{max}} tecken.',
      UNKNOWN_TIE_TYPE: '{{where}}: okänd typ av band. Använd någon av {{types}}.',
      BAD_STRENGTH: '{{where}}: styrkan ska vara ett heltal från 1 till 5.',
      SELF_TIE: '{{where}}: ett band behöver två olika personer.',
      DTD_NOT_ALLOWED: '{{where}}: DOCTYPE- och ENTITY-deklarationer tas inte emot.',
      MALFORMED_XML: '{{where}}: XML-koden är inte korrekt uppbyggd.',
      NOT_GRAPHML: 'Det här är inte en GraphML-fil: den har inget <graphml>-element med en <graph> i.',
      MISSING_ATTRIBUTE: '{{where}}: en nod behöver ett id, och en kant en source och en target.',
      DUPLICATE_PERSON: '{{where}}: nodens id används två gånger.',
      UNKNOWN_PERSON: '{{where}}: kanten pekar på en nod som inte finns i filen.',
      BAD_ALIAS: '{{where}}: ”{{alias}}” kan inte användas som namn (tomt, för långt eller med styrtecken).',
      AMBIGUOUS_ALIAS: 'Fler än en person på tavlan heter ”{{alias}}”: byt namn på någon av dem och importera sedan igen.',
      SAME_PERSON: '{{where}}: ”{{alias}}” och ”{{other}}” är samma person på tavlan (namn jämförs utan hänsyn till versaler).',
    },
  },
};
