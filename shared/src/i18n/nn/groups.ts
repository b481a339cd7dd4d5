import type { groupsNb } from '../nb/groups.js';

export const groupsNn: Record<keyof typeof groupsNb, string> = {
  'groups.edit.title': 'Deltakargrupper',
  'groups.edit.why':
    'Deltakarane kan seie kva gruppe dei høyrer til når dei blir med. Rapporten viser deltaking og evaluering per gruppe, berre for grupper med minst 5 personar.',
  'groups.edit.off': 'Ikkje spør om gruppe',
  'groups.edit.offHelp': 'Deltakarane blir ikkje spurde, vertane tel ikkje grupper, og rapporten viser ingen grupper.',
  'groups.edit.group': 'Gruppe {n}',
  'groups.edit.up': 'Flytt opp',
  'groups.edit.down': 'Flytt ned',
  'groups.edit.remove': 'Fjern',
  'groups.edit.add': 'Legg til gruppe',
  'groups.edit.defaults': 'Bruk standardgruppene',
  'groups.edit.rule':
    'Gruppene kan endrast fram til workshopen startar. Fjernar du ei gruppe nokon har valt, blir dei rekna som om dei ikkje har svart, og dei kan velje på nytt.',
  'groups.edit.locked':
    'Workshopen har starta, så gruppene er låste: deltakarane har valt, og ei endring no ville gjort tala i rapporten feil.',
  'groups.edit.later': 'Du kan endre gruppene under Førebuing i fasilitatorkonsollen fram til workshopen startar.',
  'groups.edit.asked': 'Deltakarane vel mellom:',
  'groups.edit.notAsked': 'Deltakarane blir ikkje spurde om gruppe.',
  'groups.problem.none': 'Legg til minst éi gruppe, eller vel «Ikkje spør om gruppe».',
  'groups.problem.tooMany': 'Du kan ha høgst {max} grupper.',
  'groups.problem.empty': 'Gruppe {n} manglar namn.',
  'groups.problem.tooLong': 'Namnet på gruppe {n} er for langt (høgst {max} teikn).',
  'groups.problem.unstorable': 'Namnet på gruppe {n} har eit teikn som ikkje kan lagrast.',
  'groups.problem.duplicate': 'To grupper heiter «{name}». Gi dei ulike namn.',
  'groups.problem.fixFirst': 'Rett opp i deltakargruppene før du lagar workshopen.',
};
