import { useDesign, useT } from '../AppContext';

export function StatusBar() {
  const t = useT();
  const nodes = useDesign((s) => s.design.nodes.length);
  const connections = useDesign((s) => s.design.connections.length);
  const region = useDesign((s) => s.design.region);
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span data-testid="status-nodes">{t('status.nodes', { count: nodes })}</span>
      <span data-testid="status-connections">{t('status.connections', { count: connections })}</span>
      <span className="status-bar__spacer" />
      <span>{t('status.region', { region })}</span>
    </footer>
  );
}
