/** Texts of the table host's tablet (beyond the core host.* keys in nb.ts). */
export const hostNb = {
  'host.guide.open': 'Veiledning',
  'host.guide.1':
    'Målet er ikke å produsere konkret innhold eller å bli enige. Følg energien i samtalen, skap rom for å utforske og takhøyde for ulike synspunkter.',
  'host.guide.2': 'Oppmuntre (diskret) gruppen til å lytte til hverandre og bygge på hverandres innspill.',
  'host.guide.3':
    'Gi hver nye gruppe en kort, overordnet oppsummering etter bordbyttet – så får de mest mulig tid til egen samtale.',
  'host.add': 'Legg til',
  'host.editNote': 'Rediger innspill',
  'host.deleteNote': 'Slett innspill',
  'host.outbox.help': 'Innspillene lagres på nettbrettet først og sendes når nettet er der.',
  'host.rejected': 'Serveren avviste en endring: {message}',
  'host.next.rotation': 'Nå er det bordbytte. Ta imot den nye gruppen.',
  'host.next.break': 'Pause. Vi fortsetter kl. {time}.',
  'host.next.notStarted': 'Workshopen har ikke startet ennå. Du kan skrive inn navnet ditt mens du venter.',
  'host.next.plenary': 'Oppsummering i plenum. Takk for innsatsen ved bordet!',
  'host.recap.round': 'Fra runde {n}',
  'host.fromParticipant': 'Fra deltaker',
  'host.namePlaceholder': 'F.eks. Kari',
  'host.chars': '{n} av {max} tegn',
  'host.chars.over': 'Teksten er {over} tegn for lang. Kort den ned – ingenting er kuttet bort.',
  'host.summary.typing': 'Ikke lagret ennå',
  'host.summary.saving': 'Lagres …',
  'host.summary.waiting': 'Lagret på nettbrettet – sendes når nettet er tilbake',
  'host.summary.savedAt': 'Lagret kl. {time}',
} as const;

export type HostKey = keyof typeof hostNb;
