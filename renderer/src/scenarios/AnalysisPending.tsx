import type { AnalysisProgress as Progress } from '../workers/protocol';
import { AnalysisProgress } from './AnalysisProgress';
import { useScenarioT } from './strings';

/**
 * What a tab shows until its analysis has a result: the error if it failed, else the
 * progress in a placeholder of the result's height (so the tab does not jump).
 */
export function AnalysisPending({
  analysis,
  height,
}: {
  readonly analysis: { readonly error: string | null; readonly progress: Progress | null };
  readonly height: number;
}) {
  const t = useScenarioT();
  if (analysis.error !== null)
    return (
      <p className="scn-error" role="alert" data-testid="analysis-error">
        {t('progress.error', { message: analysis.error })}
      </p>
    );
  return (
    <div className="scn-loading" style={{ height }}>
      <AnalysisProgress progress={analysis.progress} />
    </div>
  );
}
