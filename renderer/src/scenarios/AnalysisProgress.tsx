import type { AnalysisProgress as Progress } from '../workers/protocol';
import { useScenarioT, type ScenarioMessage } from './strings';

const phaseText: Readonly<Record<Progress['phase'], ScenarioMessage>> = {
  points: 'progress.points',
  events: 'progress.events',
  inputs: 'progress.inputs',
  months: 'progress.months',
};

/**
 * Progress of a running analysis: a bar over the whole job and what it is doing in words.
 * Takes its line even before the first report (an analysis about to start), so the view
 * does not jump when the report arrives.
 */
export function AnalysisProgress({ progress }: { readonly progress: Progress | null }) {
  const t = useScenarioT();
  const share = progress && progress.total > 0 ? progress.done / progress.total : 0;
  const text = progress
    ? t(phaseText[progress.phase], { done: progress.phaseDone, total: progress.phaseTotal })
    : '…';
  return (
    <div
      className="scn-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
      aria-valuetext={text}
      data-testid="analysis-progress"
      data-phase={progress?.phase ?? 'starting'}
    >
      <span className="scn-progress__track">
        <span className="scn-progress__fill" style={{ transform: `scaleX(${share.toFixed(4)})` }} />
      </span>
      <span className="scn-progress__text">{text}</span>
    </div>
  );
}
