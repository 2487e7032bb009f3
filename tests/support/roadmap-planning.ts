// Leadership's roadmap decisions and own actions on a stored cycle, through the real storage functions:
// a pin, a cost override, funding from a named funder, and two own actions, one of them done.
import { decideAction } from '../../src/storage/action-decisions';
import { addOwnAction } from '../../src/storage/own-actions';

export const MFA_KEY = 'cybersecurity-baseline/rec:mfa-email-admin';
export const BACKUPS_KEY = 'cybersecurity-baseline/rec:set-up-backups';

export async function planRoadmap(cycleId: string) {
  await decideAction(cycleId, MFA_KEY, {
    funding: { source: 'other-funder', funder: 'Fondation Lucie-et-André-Chagnon' },
    cost: { oneTime: { min: 300, max: 900 }, asOf: '2026-04' },
  });
  await decideAction(cycleId, BACKUPS_KEY, { horizon: 'later', status: 'planned' });
  const laptops = await addOwnAction(cycleId, {
    title: 'Remplacer les deux portables de l’accueil',
    description: 'Ils ont sept ans et ne reçoivent plus de mises à jour.',
    horizon: 'now',
    cost: { oneTime: { min: 1800, max: 2600 } },
    owner: 'Hélène',
    targetDate: '2026-11-30',
    status: 'in-progress',
    funding: { source: 'ircc-sdi' },
  });
  const website = await addOwnAction(cycleId, {
    title: 'Translate the website into Arabic',
    horizon: 'next',
    status: 'done',
  });
  return { laptops, website };
}
