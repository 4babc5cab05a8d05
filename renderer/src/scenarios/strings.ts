/** UI strings of the scenario surfaces, in English and French. */
import type { Lang, Localized } from '../../../shared/service/types';
import { useLang } from '../AppContext';

export const scenarioStrings = {
  'panel.title': { en: 'Scenarios', fr: 'Scénarios' },
  'panel.new': { en: 'New', fr: 'Nouveau' },
  'panel.duplicate': { en: 'Duplicate', fr: 'Dupliquer' },
  'panel.delete': { en: 'Delete', fr: 'Supprimer' },
  'panel.rename': { en: 'Rename', fr: 'Renommer' },
  'panel.moveUp': { en: 'Move up', fr: 'Monter' },
  'panel.moveDown': { en: 'Move down', fr: 'Descendre' },
  'panel.active': { en: 'Active', fr: 'Actif' },
  'panel.compare': { en: 'Compare…', fr: 'Comparer…' },
  'panel.compareOnDiagram': { en: 'Deltas on the diagram', fr: 'Écarts sur le schéma' },
  'panel.baseline': { en: 'Baseline', fr: 'Référence' },
  'panel.empty': {
    en: 'No scenario yet: create one to describe the traffic.',
    fr: 'Aucun scénario : créez-en un pour décrire le trafic.',
  },
  'edit.loads': { en: 'Entry loads (per month)', fr: 'Charges entrantes (par mois)' },
  'edit.entry': { en: 'Entry point', fr: 'Point d’entrée' },
  'edit.expected': { en: 'Expected', fr: 'Attendu' },
  'edit.low': { en: 'Low', fr: 'Bas' },
  'edit.high': { en: 'High', fr: 'Haut' },
  'edit.addLoad': { en: 'Add entry load', fr: 'Ajouter une charge' },
  'edit.remove': { en: 'Remove', fr: 'Retirer' },
  'edit.growth': { en: 'Growth per month (%)', fr: 'Croissance mensuelle (%)' },
  'edit.region': { en: 'Region', fr: 'Région' },
  'edit.designRegion': { en: 'Design region ({region})', fr: 'Région de la conception ({region})' },
  'edit.freeTier': { en: 'Apply the AWS free tier', fr: 'Appliquer l’offre gratuite AWS' },
  'edit.purchase': { en: 'Purchase option', fr: 'Option d’achat' },
  'purchase.onDemand': { en: 'On demand', fr: 'À la demande' },
  'purchase.commit1y': { en: '1-year commitment', fr: 'Engagement 1 an' },
  'purchase.commit3y': { en: '3-year commitment', fr: 'Engagement 3 ans' },
  'edit.overrides': { en: 'Per-service overrides', fr: 'Réglages par service' },
  'edit.node': { en: 'Service', fr: 'Service' },
  'edit.field': { en: 'Setting', fr: 'Réglage' },
  'edit.addOverride': { en: 'Add override', fr: 'Ajouter un réglage' },
  'edit.noOverride': {
    en: 'No override: every service uses its own settings.',
    fr: 'Aucun réglage : chaque service garde les siens.',
  },
  'edit.total': { en: 'Monthly total', fr: 'Total mensuel' },
  'edit.invalid': { en: 'Invalid value', fr: 'Valeur invalide' },
  'compare.title': { en: 'Scenario comparison', fr: 'Comparaison des scénarios' },
  'compare.close': { en: 'Close', fr: 'Fermer' },
  'compare.tabCompare': { en: 'Side by side', fr: 'Côte à côte' },
  'compare.tabCurve': { en: 'Cost vs traffic', fr: 'Coût selon le trafic' },
  'compare.tabProjection': { en: '12 months', fr: '12 mois' },
  'compare.tabSensitivity': { en: 'Sensitivity', fr: 'Sensibilité' },
  'compare.total': { en: 'Total per month', fr: 'Total mensuel' },
  'compare.range': { en: 'Range', fr: 'Fourchette' },
  'compare.byCategory': { en: 'By category', fr: 'Par catégorie' },
  'compare.byService': { en: 'By service', fr: 'Par service' },
  'compare.movers': { en: 'Biggest movers', fr: 'Plus fortes variations' },
  'compare.exportCsv': { en: 'Export CSV', fr: 'Exporter en CSV' },
  'compare.exportPng': { en: 'Export PNG', fr: 'Exporter en PNG' },
  'compare.unpriced': { en: '{count} lines without a price', fr: '{count} lignes sans prix' },
  'curve.scenarios': { en: 'Scenarios on the curve', fr: 'Scénarios tracés' },
  'curve.factor': { en: 'Load factor (× the scenario’s traffic)', fr: 'Facteur de charge (× le trafic)' },
  'curve.events': { en: 'Thresholds', fr: 'Seuils' },
  'curve.steps': {
    en: '{first}, then {count} more steps up to {to} (at {at}×)',
    fr: '{first}, puis {count} paliers de plus jusqu’à {to} (à {at}×)',
  },
  'progress.points': {
    en: 'Pricing the curve: point {done} of {total}',
    fr: 'Calcul de la courbe : point {done} sur {total}',
  },
  'progress.events': {
    en: 'Locating thresholds: step {done} of {total}',
    fr: 'Recherche des seuils : étape {done} sur {total}',
  },
  'progress.inputs': {
    en: 'Varying the inputs: {done} of {total}',
    fr: 'Variation des entrées : {done} sur {total}',
  },
  'progress.months': { en: 'Projecting {total} months', fr: 'Projection sur {total} mois' },
  'progress.error': { en: 'The analysis failed: {message}', fr: 'L’analyse a échoué : {message}' },
  'curve.logScale': { en: 'Log scale for cost', fr: 'Échelle log. pour le coût' },
  'curve.at': { en: 'at {factor}×', fr: 'à {factor}×' },
  'projection.month': { en: 'Month', fr: 'Mois' },
  'projection.multiplier': { en: 'Load ×', fr: 'Charge ×' },
  'projection.total': { en: 'Total', fr: 'Total' },
  'projection.sum': { en: '12-month total: {usd}', fr: 'Total sur 12 mois : {usd}' },
  'projection.freeTierEnds': {
    en: 'Free tier runs out in month {month} ({meter}).',
    fr: 'L’offre gratuite s’épuise au mois {month} ({meter}).',
  },
  'projection.noFreeTierEnd': {
    en: 'No free tier runs out during these months.',
    fr: 'Aucune offre gratuite ne s’épuise sur cette période.',
  },
  'projection.warning': {
    en: 'First quota or capacity warning in month {month}.',
    fr: 'Premier avertissement de quota ou de capacité au mois {month}.',
  },
  'projection.noWarning': { en: 'No quota warning.', fr: 'Aucun avertissement de quota.' },
  'projection.growth': { en: 'Growth {pct} % per month', fr: 'Croissance {pct} % par mois' },
  'sensitivity.title': {
    en: 'What moves the bill (each input ±{pct} %)',
    fr: 'Ce qui fait varier la facture (chaque entrée ±{pct} %)',
  },
  'sensitivity.none': { en: 'No input moves the total.', fr: 'Aucune entrée ne fait varier le total.' },
  'sensitivity.low': { en: '−{pct} %', fr: '−{pct} %' },
  'sensitivity.high': { en: '+{pct} %', fr: '+{pct} %' },
  'diagram.legend': {
    en: 'Compared with {baseline}: green cheaper, red dearer',
    fr: 'Par rapport à {baseline} : vert moins cher, rouge plus cher',
  },
} as const satisfies Record<string, Localized>;

export type ScenarioMessage = keyof typeof scenarioStrings;
export type ScenarioTranslate = (
  key: ScenarioMessage,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** Looks a scenario message up and fills `{name}` placeholders. */
export function scenarioText(
  lang: Lang,
  key: ScenarioMessage,
  params?: Readonly<Record<string, string | number>>,
): string {
  let text: string = scenarioStrings[key][lang];
  if (params)
    for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

/** The scenario translation function for the current language. */
export function useScenarioT(): ScenarioTranslate {
  const lang = useLang();
  return (key, params) => scenarioText(lang, key, params);
}

/** Monthly USD for tables and badges: "$1,234.56" / "1 234,56 $US". */
export function formatMoney(usd: number, lang: Lang, digits = 2): string {
  return usd.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A signed amount: "+$12.00", "−$3.50". */
export function formatSignedMoney(usd: number, lang: Lang): string {
  const sign = usd > 0.004 ? '+' : usd < -0.004 ? '−' : '';
  return `${sign}${formatMoney(Math.abs(usd), lang)}`;
}

/** A signed percentage, or an em dash when there is no baseline: "+25 %", "—". */
export function formatPct(pct: number | null, lang: Lang): string {
  if (pct === null) return '—';
  const rounded = Math.round(pct * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${Math.abs(rounded).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US')} %`;
}
