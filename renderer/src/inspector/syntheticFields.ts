/** Field definitions for inspector entries that are not catalog config (labels, ratio, CIDR...). */
import type { NumberField, StringField } from '../../../shared/service/types';

export const labelField: StringField = {
  type: 'string',
  default: '',
  maxLength: 120,
  label: { en: 'Label', fr: 'Libellé' },
};

export const designNameField: StringField = {
  type: 'string',
  default: 'Design',
  pattern: '\\S',
  maxLength: 200,
  label: { en: 'Design name', fr: 'Nom de la conception' },
};

export const regionField: StringField = {
  type: 'string',
  default: 'us-east-1',
  pattern: '^[a-z]{2}(-[a-z]+)+-\\d$',
  label: { en: 'Region', fr: 'Région' },
  help: { en: 'AWS region code, e.g. eu-west-3.', fr: 'Code de région AWS, par ex. eu-west-3.' },
};

export const ratioField: NumberField = {
  type: 'number',
  default: 1,
  min: 0,
  max: 1,
  step: 0.01,
  label: { en: 'Share of events', fr: 'Part des événements' },
  help: {
    en: 'Fraction of the source’s events that travel this connection (1 = all).',
    fr: 'Fraction des événements de la source qui empruntent cette connexion (1 = tous).',
  },
};

export const payloadField: NumberField = {
  type: 'number',
  default: 1024,
  min: 1,
  integer: true,
  unit: 'bytes',
  label: { en: 'Payload size', fr: 'Taille des messages' },
  help: { en: 'Empty: the payload arriving at the source.', fr: 'Vide : la taille reçue par la source.' },
};

export const cidrField: StringField = {
  type: 'string',
  default: '10.0.0.0/16',
  pattern: '^(\\d{1,3}\\.){3}\\d{1,3}/(\\d|[12]\\d|3[0-2])$',
  label: { en: 'CIDR block', fr: 'Bloc CIDR' },
};
