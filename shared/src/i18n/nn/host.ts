import type { HostKey } from '../nb/host.js';

export const hostNn: Record<HostKey, string> = {
  'host.guide.open': 'Rettleiing',
  'host.guide.1':
    'Målet er ikkje å produsere konkret innhald eller å bli samde. Følg energien i samtalen, skap rom for å utforske og takhøgd for ulike synspunkt.',
  'host.guide.2': 'Oppmuntre (diskret) gruppa til å lytte til kvarandre og byggje på innspela til kvarandre.',
  'host.guide.3':
    'Gi kvar ny gruppe ei kort, overordna oppsummering etter bordbytet – så får dei mest mogleg tid til eigen samtale.',
  'host.add': 'Legg til',
  'host.editNote': 'Rediger innspel',
  'host.deleteNote': 'Slett innspel',
  'host.outbox.help': 'Innspela blir lagra på nettbrettet først og sende når nettet er der.',
  'host.rejected': 'Serveren avviste ei endring: {message}',
  'host.next.rotation': 'No er det bordbyte. Ta imot den nye gruppa.',
  'host.next.break': 'Pause. Vi held fram kl. {time}.',
  'host.next.notStarted': 'Workshopen har ikkje starta enno. Du kan skrive inn namnet ditt medan du ventar.',
  'host.next.plenary': 'Oppsummering i plenum. Takk for innsatsen ved bordet!',
  'host.recap.round': 'Frå runde {n}',
  'host.fromParticipant': 'Frå deltakar',
  'host.namePlaceholder': 'T.d. Kari',
  'host.chars': '{n} av {max} teikn',
  'host.chars.over': 'Teksten er {over} teikn for lang. Kort han ned – ingenting er kutta bort.',
  'host.summary.typing': 'Ikkje lagra enno',
  'host.summary.saving': 'Blir lagra …',
  'host.summary.waiting': 'Lagra på nettbrettet – blir sendt når nettet er tilbake',
  'host.summary.savedAt': 'Lagra kl. {time}',
};
