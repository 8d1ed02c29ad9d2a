// Meddelelser til analyse-API'et (issue 4): begrundelser for toneangivende kandidater, importfejl, hvad-nu-hvis.
import type { analysisEn } from './en.js';

export const analysisDa: typeof analysisEn = {
  reason: {
    TIES_TO_MEMBERS: 'Har relationer til {{count}} af de {{total}} andre medlemmer.',
    ON_SHORTEST_PATHS_BETWEEN_SUBGROUPS: 'Ligger på {{percent}} % af de korteste veje mellem de {{subgroups}} undergrupper.',
    LOOKED_UP_TO_one: 'Ét medlem ser op til personen.',
    LOOKED_UP_TO_other: '{{count}} medlemmer ser op til personen.',
    RECRUITS_OR_PRESSURES_one: 'Rekrutterer eller presser ét medlem.',
    RECRUITS_OR_PRESSURES_other: 'Rekrutterer eller presser {{count}} medlemmer.',
    HARMFUL_TIES_TO_MEMBERS_one: 'Har en skadelig relation til ét medlem.',
    HARMFUL_TIES_TO_MEMBERS_other: 'Har skadelige relationer til {{count}} medlemmer.',
    HIGH_PAGERANK: 'Nummer {{rank}} af {{of}} efter PageRank (relationer fra velforbundne personer).',
    OUTSIDE_GROUP: 'Er ikke medlem af gruppen.',
  },
  caveat: {
    DEPENDS_ON_REPORTED_TIES: 'Bygger kun på de {{ties}} registrerede relationer: rækkefølgen ændrer sig med, hvem der har indberettet hvilke relationer.',
    FILTERED_TIES: 'Filteret talte {{used}} af {{total}} relationer.',
  },
  toneSetterCaution:
    'Dette er kandidater, ikke konklusioner. Listen rangerer, hvem der har en position i netværket til at være toneangivende, ud fra de relationer teamet har registreret; den siger intet om, hvad nogen har gjort. Gennemgå den med dem, der kender de unge, før I handler på den.',
  tieNotOnBoard: 'Denne relation er ikke på tavlen den dag.',
  plannedTieToRemoved: 'En planlagt relation kan ikke omfatte en person, som scenariet fjerner.',
  import: {
    badFile: 'Intet blev importeret. {{problem}}',
    where: {
      line: 'Linje {{line}}',
      element: 'Linje {{line}}, {{element}}',
      elementOnly: 'I {{element}}',
      file: 'Filen',
    },
    problem: {
      TOO_LARGE: 'Filen er for stor (højst {{max}} tegn).',
      TOO_MANY_PEOPLE: '{{where}}: filen har flere end {{max}} personer.',
      TOO_MANY_TIES: '{{where}}: filen har flere end {{max}} relationer.',
      EMPTY: 'Filen er tom.',
      MISSING_COLUMN: '{{where}}: første linje skal navngive kolonnerne, mindst source og target.',
      BAD_CSV: '{{where}}: linjen kan ikke læses som CSV (tjek anførselstegnene).',
      NEWLINE_IN_FIELD: '{{where}}: en værdi indeholder et linjeskift.',
      MISSING_VALUE: '{{where}}: source eller target er tom.',
      VALUE_TOO_LONG: '{{where}}: et navn eller id er længere end {{max}} tegn.',
      UNKNOWN_TIE_TYPE: '{{where}}: ukendt relationstype. Brug en af {{types}}.',
      BAD_STRENGTH: '{{where}}: styrken skal være et helt tal fra 1 til 5.',
      SELF_TIE: '{{where}}: en relation skal have to forskellige personer.',
      DTD_NOT_ALLOWED: '{{where}}: DOCTYPE- og ENTITY-erklæringer modtages ikke.',
      MALFORMED_XML: '{{where}}: XML-koden er ikke korrekt opbygget.',
      NOT_GRAPHML: 'Dette er ikke en GraphML-fil: den har intet <graphml>-element med en <graph> i.',
      MISSING_ATTRIBUTE: '{{where}}: en knude skal have et id, og en kant en source og en target.',
      DUPLICATE_PERSON: '{{where}}: knudens id bruges to gange.',
      UNKNOWN_PERSON: '{{where}}: kanten peger på en knude, der ikke er i filen.',
      BAD_ALIAS: '{{where}}: »{{alias}}« kan ikke bruges som navn (tomt, for langt eller med kontroltegn).',
      AMBIGUOUS_ALIAS: 'Mere end én person på tavlen hedder »{{alias}}«: omdøb en af dem, og importér så igen.',
      SAME_PERSON: '{{where}}: »{{alias}}« og »{{other}}« er den samme person på tavlen (navne sammenlignes uden hensyn til store og små bogstaver).',
    },
  },
};
