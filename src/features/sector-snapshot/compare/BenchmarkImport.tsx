// Importing a benchmark file: checked against the questionnaire versions this copy knows before
// anything is kept, and a benchmark of a year already held is replaced only if the person says so.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Benchmark } from '../../../engine/sector-snapshot';
import { keepBenchmark, readBenchmarkFile } from '../../../state/sector/agency-benchmarks';
import { useQuestionnaireTitles, useRefusalMessage } from '../refusal-message';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import { FilePicker } from '../../../components/FilePicker';
import { RefusalMessage } from '../../../components/RefusalMessage';
import type { RefusalWords } from '../../../components/use-file-refusal';

type Said =
  | { kind: 'imported' | 'replaced'; year: number }
  | { kind: 'refused'; file: string; words: RefusalWords };

export function BenchmarkImport({
  definitions,
}: {
  definitions: readonly PreparedQuestionnaire[] | undefined;
}) {
  const { t } = useTranslation('benchmark');
  const id = useId();
  const titles = useQuestionnaireTitles(definitions);
  const refusalMessage = useRefusalMessage(titles, 'benchmark');
  const [waiting, setWaiting] = useState<Benchmark | null>(null);
  const [said, setSaid] = useState<Said | null>(null);

  const keep = async (benchmark: Benchmark, replace: boolean) => {
    const outcome = await keepBenchmark(benchmark, replace);
    if (outcome === 'year-taken') setWaiting(benchmark);
    else if (outcome !== null) {
      setWaiting(null);
      setSaid({ kind: outcome === 'replaced' ? 'replaced' : 'imported', year: benchmark.year });
    }
  };

  const importFile = async (file: File) => {
    setSaid(null);
    setWaiting(null);
    const read = await readBenchmarkFile(file);
    if (!read.ok)
      setSaid({ kind: 'refused', file: file.name, words: refusalMessage(read.refusal) });
    else await keep(read.value, false);
  };

  return (
    <div className="stack-small">
      <FilePicker
        label={t('choose')}
        accept=".json,application/json"
        onFiles={([file]) => {
          if (file !== undefined) void importFile(file);
        }}
      />
      {waiting !== null && (
        <div className="notice stack-small" role="group" aria-labelledby={`${id}-taken`}>
          <p id={`${id}-taken`}>{t('yearTaken', { year: waiting.year })}</p>
          <div className="sector-actions">
            <button type="button" onClick={() => void keep(waiting, true)}>
              {t('replace')}
            </button>
            <button type="button" onClick={() => setWaiting(null)}>
              {t('keep')}
            </button>
          </div>
        </div>
      )}
      <div role="alert">
        {said?.kind === 'refused' && (
          <RefusalMessage
            message={t('refused', { file: said.file, message: said.words.message })}
            detail={said.words.detail}
          />
        )}
      </div>
      <p role="status">
        {said === null || said.kind === 'refused' ? '' : t(said.kind, { year: said.year })}
      </p>
    </div>
  );
}
