import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/engine/answer';
import {
  CLIENT_LEARN_NEXT_LIMIT,
  clientResult,
  levelsByArea,
} from '../../../src/engine/client-check/result';
import {
  answersByArea,
  areas,
  clientCheck,
  everyArea,
  skillQuestions,
  type SkillAnswer,
} from '../../support/client-check';

const levels = (answers: Answers) =>
  Object.fromEntries(clientResult(clientCheck, answers).areas.map((a) => [a.areaId, a.level]));
const learnNext = (answers: Answers) =>
  clientResult(clientCheck, answers).learnNext.map((line) => line.lineId);

describe('scoring a client check', () => {
  it('gives Confident in every area to someone who does everything alone, and one way to keep growing', () => {
    const answers = answersByArea(everyArea('alone'));
    expect(Object.values(levels(answers))).toEqual(areas.map(() => 'confident'));
    expect(learnNext(answers)).toEqual(['keep-growing']);
  });

  it('gives Building in every area to someone who does everything with help', () => {
    expect(Object.values(levels(answersByArea(everyArea('with-help'))))).toEqual(
      areas.map(() => 'building'),
    );
  });

  it('gives Getting started in every area to someone who cannot do anything yet', () => {
    expect(Object.values(levels(answersByArea(everyArea('not-yet'))))).toEqual(
      areas.map(() => 'getting-started'),
    );
  });

  it('sends a confident user who cannot spot a fake message only to an online safety workshop', () => {
    const answers = answersByArea(everyArea('alone'));
    const result = clientResult(clientCheck, {
      ...answers,
      'spot-fake-message': { value: 'not-sure' },
    });
    expect(result.areas.find((a) => a.areaId === 'safety')).toMatchObject({
      level: 'building',
    });
    expect(result.learnNext.map((l) => l.lineId)).toEqual(['online-safety-workshop']);
    expect(result.helpKinds).toEqual(['online-safety-workshop']);
  });

  it('reads each area on its own answers', () => {
    const answers = answersByArea({
      device: 'alone',
      communicating: 'alone',
      information: 'with-help',
      transacting: 'with-help',
      safety: 'not-yet',
    });
    expect(levels(answers)).toEqual({
      device: 'confident',
      communicating: 'confident',
      information: 'building',
      transacting: 'building',
      safety: 'getting-started',
    });
  });

  it('gives no level to an area with too few answers, and says so rather than guessing', () => {
    const answers = answersByArea(everyArea('alone'));
    delete (answers as Record<string, unknown>)['spot-fake-message'];
    const safety = clientResult(clientCheck, answers).areas.find((a) => a.areaId === 'safety');
    expect(safety).toMatchObject({ level: null, provisional: true });
    expect(levelsByArea(clientResult(clientCheck, answers)).safety).toBeNull();
  });

  it('never scores the device and internet questions: they only point to lending', () => {
    const withAccess = clientResult(clientCheck, answersByArea(everyArea('with-help')));
    const without = clientResult(
      clientCheck,
      answersByArea(everyArea('with-help'), { device: 'none', internet: 'no' }),
    );
    expect(without.areas).toEqual(withAccess.areas);
    expect(without.areas.map((a) => a.areaId)).not.toContain('access');
    expect(without.learnNext.map((l) => l.lineId).slice(0, 2)).toEqual([
      'borrow-a-device',
      'get-internet',
    ]);
    expect(without.helpKinds).toContain('device-data-lending');
    expect(withAccess.helpKinds).not.toContain('device-data-lending');
  });

  it('lists what the client can already do only for what they do alone', () => {
    const result = clientResult(clientCheck, {
      ...answersByArea(everyArea('with-help')),
      'video-call': { value: 'alone' },
    });
    expect(result.canDo.map((line) => line.lineId)).toEqual(['can-video-call']);
  });

  it('shows the client at most three things to learn next, devices and internet first', () => {
    const result = clientResult(
      clientCheck,
      answersByArea(everyArea('not-yet'), { device: 'shared', internet: 'sometimes' }),
    );
    expect(result.learnNext.length).toBeGreaterThan(CLIENT_LEARN_NEXT_LIMIT);
    expect(result.forClient.map((l) => l.lineId)).toEqual([
      'borrow-a-device',
      'get-internet',
      'device-basics-with-a-helper',
    ]);
  });

  it('keeps one level per area with a level in the anonymous record, and nothing else', () => {
    const result = clientResult(clientCheck, answersByArea(everyArea('alone')));
    expect(levelsByArea(result)).toEqual(Object.fromEntries(areas.map((a) => [a, 'confident'])));
  });
});

const skillAnswer = fc.constantFrom<SkillAnswer | undefined>(
  'alone',
  'with-help',
  'not-yet',
  'not-sure',
  undefined,
);
const allSkills = areas.flatMap(skillQuestions);
const answerSets = fc
  .record({
    skills: fc.array(skillAnswer, { minLength: allSkills.length, maxLength: allSkills.length }),
    device: fc.constantFrom('own', 'shared', 'none', undefined),
    internet: fc.constantFrom('yes', 'sometimes', 'no', undefined),
  })
  .map(({ skills, device, internet }) => {
    const answers: Record<string, { value: string }> = {};
    allSkills.forEach((id, index) => {
      const answer = skills[index];
      if (answer !== undefined) answers[id] = { value: answer };
    });
    if (device !== undefined) answers['has-device'] = { value: device };
    if (internet !== undefined) answers['has-internet'] = { value: internet };
    return answers;
  });

const answerOf = (answers: Answers, id: string) => answers[id]?.value;

describe('client check properties', () => {
  it('never gives Confident to an area where the client said "not yet" or "not sure"', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        for (const area of clientResult(clientCheck, answers).areas) {
          if (area.level !== 'confident') continue;
          for (const id of skillQuestions(area.areaId))
            expect(['not-yet', 'not-sure']).not.toContain(answerOf(answers, id));
        }
      }),
    );
  });

  it('gives Building only where something can be done and something is still new', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        for (const area of clientResult(clientCheck, answers).areas) {
          if (area.level !== 'building') continue;
          const given = skillQuestions(area.areaId).map((id) => answerOf(answers, id));
          expect(given.some((a) => a === 'alone' || a === 'with-help')).toBe(true);
          expect(given.some((a) => a !== 'alone')).toBe(true);
        }
      }),
    );
  });

  it('lists exactly the skills answered "alone" as what the client can already do', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const canDo = clientResult(clientCheck, answers).canDo.map((l) => l.lineId);
        const alone = allSkills.filter((id) => answerOf(answers, id) === 'alone');
        expect(canDo.sort()).toEqual(alone.map((id) => `can-${id}`).sort());
      }),
    );
  });

  it('shows the client the first few learn-next items in their order, each with a kind of help', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const result = clientResult(clientCheck, answers);
        const orders = result.learnNext.map(
          (l) => clientCheck.recommendationById.get(l.lineId)?.clientOrder ?? 0,
        );
        expect(orders).toEqual([...orders].sort((a, b) => a - b));
        expect(result.forClient).toEqual(result.learnNext.slice(0, CLIENT_LEARN_NEXT_LIMIT));
        for (const line of result.learnNext) expect(line.helpKinds.length).toBeGreaterThan(0);
        expect(new Set(result.helpKinds)).toEqual(
          new Set(result.learnNext.flatMap((l) => l.helpKinds)),
        );
      }),
    );
  });

  it('leaves the scored areas unchanged whatever the device and internet answers', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const without: Record<string, unknown> = { ...answers };
        delete without['has-device'];
        delete without['has-internet'];
        expect(clientResult(clientCheck, without as Answers).areas).toEqual(
          clientResult(clientCheck, answers).areas,
        );
      }),
    );
  });
});
