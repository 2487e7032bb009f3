// An invitation to answer a questionnaire, as a subject and a body in the chosen language, and the
// `mailto:` address that opens it in the email program (no server: the person sends it themselves).
import type { SheetT } from './use-texts-in';

export interface Invitation {
  subject: string;
  body: string;
}

interface InvitationFacts {
  questionnaire: string;
  cycle: string;
  /** Where this copy of Boussole is served, for the colleague to open. */
  address: string;
}

/** `t` must hold the cycles, home, questionnaire and transfer texts of the invitation's language. */
export function buildInvitation(t: SheetT, facts: InvitationFacts): Invitation {
  return {
    subject: t('cycles:invite.subject', { questionnaire: facts.questionnaire }),
    body: t('cycles:invite.body', {
      ...facts,
      startCycle: t('home:startCycle'),
      submit: t('questionnaire:submit'),
      export: t('transfer:responseExport'),
      import: t('transfer:importTitle'),
    }),
  };
}

/** A `mailto:` link with the subject and body encoded (line breaks as CRLF, RFC 6068). */
export function mailtoHref({ subject, body }: Invitation): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${encode(subject)}&body=${encode(body)}`;
}
