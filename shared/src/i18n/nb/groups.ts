/** Texts for editing the participant groups (the organiser's form and the facilitator's preparation). */
export const groupsNb = {
  'groups.edit.title': 'Deltakergrupper',
  'groups.edit.why':
    'Deltakerne kan si hvilken gruppe de hører til når de blir med. Rapporten viser deltakelse og evaluering per gruppe, bare for grupper med minst 5 personer.',
  'groups.edit.off': 'Ikke spør om gruppe',
  'groups.edit.offHelp': 'Deltakerne blir ikke spurt, vertene teller ikke grupper, og rapporten viser ingen grupper.',
  'groups.edit.group': 'Gruppe {n}',
  'groups.edit.up': 'Flytt opp',
  'groups.edit.down': 'Flytt ned',
  'groups.edit.remove': 'Fjern',
  'groups.edit.add': 'Legg til gruppe',
  'groups.edit.defaults': 'Bruk standardgruppene',
  'groups.edit.rule':
    'Gruppene kan endres fram til workshopen starter. Fjerner du en gruppe noen har valgt, regnes de som om de ikke har svart, og de kan velge på nytt.',
  'groups.edit.locked':
    'Workshopen har startet, så gruppene er låst: deltakerne har valgt, og en endring nå ville gjort tallene i rapporten feil.',
  'groups.edit.later': 'Du kan endre gruppene under Forberedelse i fasilitatorkonsollen fram til workshopen starter.',
  'groups.edit.asked': 'Deltakerne velger mellom:',
  'groups.edit.notAsked': 'Deltakerne blir ikke spurt om gruppe.',
  'groups.problem.none': 'Legg til minst én gruppe, eller velg «Ikke spør om gruppe».',
  'groups.problem.tooMany': 'Du kan ha høyst {max} grupper.',
  'groups.problem.empty': 'Gruppe {n} mangler navn.',
  'groups.problem.tooLong': 'Navnet på gruppe {n} er for langt (høyst {max} tegn).',
  'groups.problem.unstorable': 'Navnet på gruppe {n} har et tegn som ikke kan lagres.',
  'groups.problem.duplicate': 'To grupper heter «{name}». Gi dem ulike navn.',
  'groups.problem.fixFirst': 'Rett opp i deltakergruppene før du lager workshopen.',
};
