import type { Messages } from '../cost/messages';

export const exportMessages = {
  exportYaml: { en: 'Export CloudFormation (YAML)…', fr: 'Exporter CloudFormation (YAML)…' },
  exportJson: { en: 'Export CloudFormation (JSON)…', fr: 'Exporter CloudFormation (JSON)…' },
  exportToolbar: { en: 'Export', fr: 'Exporter' },
  importToolbar: { en: 'Import', fr: 'Importer' },
  importCfn: { en: 'Import CloudFormation…', fr: 'Importer CloudFormation…' },
  exportPng: { en: 'Export diagram (PNG)…', fr: 'Exporter le diagramme (PNG)…' },
  exportSvg: { en: 'Export diagram (SVG)…', fr: 'Exporter le diagramme (SVG)…' },
  exportCsv: { en: 'Export cost (CSV)…', fr: 'Exporter le coût (CSV)…' },
  title: { en: 'Export CloudFormation', fr: 'Exporter CloudFormation' },
  problemsTitle: {
    en: 'Fix before deploying ({count})',
    fr: 'À corriger avant le déploiement ({count})',
  },
  noProblems: {
    en: 'No problem found: the template is ready to deploy.',
    fr: 'Aucun problème : le modèle est prêt à être déployé.',
  },
  parameters: { en: 'Parameters to fill at deploy time', fr: 'Paramètres à renseigner au déploiement' },
  parameterDefault: { en: 'default: {value}', fr: 'défaut : {value}' },
  parameterRequired: { en: 'no default: required', fr: 'sans défaut : obligatoire' },
  preview: { en: 'Template preview', fr: 'Aperçu du modèle' },
  stats: {
    en: '{resources} resources · {lines} lines · {bytes} bytes',
    fr: '{resources} ressources · {lines} lignes · {bytes} octets',
  },
  copy: { en: 'Copy', fr: 'Copier' },
  copied: { en: 'Copied to the clipboard', fr: 'Copié dans le presse-papiers' },
  copyFailed: { en: 'The clipboard is not available', fr: "Le presse-papiers n'est pas disponible" },
  save: { en: 'Save…', fr: 'Enregistrer…' },
  saved: { en: 'Saved {name}', fr: '{name} enregistré' },
  saveFailed: { en: 'Could not save: {message}', fr: "Échec de l'enregistrement : {message}" },
  close: { en: 'Close', fr: 'Fermer' },
  importFailedTitle: {
    en: '{file} could not be imported',
    fr: "{file} n'a pas pu être importé",
  },
  importFailedIntro: {
    en: 'Nothing was changed. Each issue and where it is:',
    fr: "Rien n'a été modifié. Chaque problème et son emplacement :",
  },
  root: { en: '(whole file)', fr: '(fichier entier)' },
  importedTitle: { en: 'Imported {file}', fr: '{file} importé' },
  importedSummary: {
    en: '{nodes} services, {connections} connections, {groups} groups from {resources} resources.',
    fr: '{nodes} services, {connections} connexions, {groups} groupes à partir de {resources} ressources.',
  },
  unsupported: { en: 'Not imported ({count})', fr: 'Non importées ({count})' },
  allSupported: { en: 'Every resource was imported.', fr: 'Toutes les ressources ont été importées.' },
  notes: { en: 'Notes', fr: 'Remarques' },
  confirmReplace: {
    en: 'Importing replaces the current design, which has unsaved changes. Continue?',
    fr: 'Importer remplace le design actuel, qui a des modifications non enregistrées. Continuer ?',
  },
  diagramFailed: {
    en: 'The diagram could not be rendered: {message}',
    fr: "Le diagramme n'a pas pu être rendu : {message}",
  },
  emptyDiagram: { en: 'The canvas is empty', fr: 'Le canevas est vide' },
} as const satisfies Messages;
