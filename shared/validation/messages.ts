import type { Lang } from '../service/types';
import { formatNumber } from './numberFormat';
import type { Problem, ProblemParams } from './problem';

/** Renders one code's French text from its params; undefined when a needed param is missing. */
type Template = (p: Params) => string | undefined;

/** Param reader handed to templates: strings as given, numbers formatted for French. */
interface Params {
  /** The param as text (numbers formatted), or undefined when absent. */
  readonly get: (key: string) => string | undefined;
  readonly has: (key: string) => boolean;
}

const quoted = (text: string | undefined): string | undefined =>
  text === undefined ? undefined : `« ${text} »`;
const inScenario = (p: Params): string =>
  p.has('scenario') ? ` dans le scénario ${quoted(p.get('scenario'))}` : '';

/** Builds a template from literal parts and param keys; a missing key yields undefined. */
function t(
  strings: TemplateStringsArray,
  ...keys: (string | ((p: Params) => string | undefined))[]
): Template {
  return (p) => {
    let out = strings[0] ?? '';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = typeof key === 'string' ? p.get(key) : key(p);
      if (value === undefined) return undefined;
      out += value + (strings[i + 1] ?? '');
    }
    return out;
  };
}
const q =
  (key: string) =>
  (p: Params): string | undefined =>
    quoted(p.get(key));

const invalidDetail: Readonly<Record<string, Template>> = {
  too_small: t`doit valoir au moins ${'limit'}`,
  too_big: t`doit valoir au plus ${'limit'}`,
  invalid_type: t`type de valeur incorrect`,
  invalid_value: t`valeur non proposée`,
  invalid_format: t`format incorrect`,
  not_multiple_of: t`doit être un multiple de ${'limit'}`,
};

/**
 * French templates keyed by problem code. The English text of every problem is its
 * `message`, built where the problem is raised; these render the same facts in French.
 */
export const frenchTemplates: Readonly<Record<string, Template>> = {
  // shared/validation
  unknown_service: (p) =>
    t`${(x) => (x.has('node') ? 'Le nœud ' : '')}${q('label')} utilise le service ${q('service')}, que le catalogue ne connaît pas${(x) => (x.has('notExported') ? ' : il n’est pas exporté' : '')}`(
      p,
    ),
  connection_not_allowed: t`${'reason'}`,
  connection_kind_not_allowed: t`${'source'} → ${'target'} : le type de connexion ${q('kind')} n’est pas autorisé ici (autorisés : ${'allowed'})`,
  cycle: (p) =>
    t`Les connexions forment un cycle passant par ${'path'}`(p)?.concat(
      p.has('unpropagated') ? ' : la charge à l’intérieur du cycle n’est pas propagée' : '',
    ),
  not_entry_point: t`Le scénario ${q('scenario')} applique une charge à ${q('label')}, mais ce service (${'service'}) n’est pas un point d’entrée`,
  unknown_config: t`${q('label')} a un paramètre ${q('key')}${inScenario} que son service ne définit pas`,
  invalid_config: (p) => {
    const detail = invalidDetail[p.get('issue') ?? '']?.(p) ?? 'valeur invalide';
    return t`${q('label')}, champ ${q('field')}${inScenario} : ${() => detail} (valeur reçue : ${'value'})`(
      p,
    );
  },
  service_retired: t`${q('label')} utilise ${'service'}, retiré par AWS le ${'on'} : il ne peut plus être créé, l’architecture ne peut donc pas être déployée telle quelle. À la place, ${'instead'}`,
  service_not_in_region: (p) =>
    t`${q('label')} utilise ${'service'}, qu’AWS ne propose pas dans ${'region'}${(x) => (x.has('scenario') ? ` (région du scénario « ${x.get('scenario')} »)` : '')} : choisissez une autre région ou un autre service (${'source'})`(
      p,
    ),
  no_load: t`Aucune charge n’atteint ${q('label')} : connectez-le ou donnez-lui une charge d’entrée dans un scénario`,
  // shared/simulation
  unknown_scenario: t`Aucun scénario ${q('scenario')} dans cette conception`,
  usage_failed: t`Impossible de calculer l’usage de ${q('label')} : ${'error'}`,
  quota: t`${'label'} : ${'warning'}`,
  // shared/pricing
  missing_price: (p) => {
    const what = p.has('connection')
      ? t`la connexion ${q('connection')} n’est pas comptée dans le total`(p)
      : t`${q('label')} n’est pas compté dans le total`(p);
    return what && t`Aucun prix pour ${'meter'} dans ${'region'} : ${() => what}`(p);
  },
  missing_price_book: (p) =>
    t`Aucune grille de prix pour la région ${'region'} : aucune ligne ne peut être chiffrée (disponibles : ${(x) => x.get('available') || 'aucune'})`(
      p,
    ),
  // shared/cloudformation (export)
  unknown_node: t`La connexion ${'connection'} relie un nœud qui n’est pas exporté`,
  no_subnet: t`${'label'} se trouve dans le groupe ${'group'}, qui n’a pas de sous-réseau : il est exporté hors du VPC`,
  too_many_resources: t`${'count'} ressources : CloudFormation en accepte au plus ${'limit'} par modèle ; répartissez la conception sur plusieurs piles`,
  too_many_parameters: t`${'count'} paramètres : CloudFormation en accepte au plus ${'limit'} par modèle ; répartissez la conception sur plusieurs piles`,
  too_many_outputs: t`${'count'} sorties : CloudFormation en accepte au plus ${'limit'} par modèle ; répartissez la conception sur plusieurs piles`,
  parameter_required: t`Le paramètre ${'name'} n’a pas de valeur par défaut : renseignez-le à la création de la pile (${'description'})`,
  template_too_large: t`Le modèle fait ${'bytes'} octets ; CloudFormation accepte au plus 1 Mo`,
  template_needs_s3: t`Le modèle fait ${'bytes'} octets : déposez-le dans S3 pour créer la pile (un corps en ligne est limité à 51\u202f200 octets)`,
  region_not_mapped: t`Le mapping ${'mapping'} n’a pas d’entrée pour ${'region'} (connues : ${'known'}) : la pile ne pourra pas être créée dans cette région tant que l’entrée manque`,
  dependency_cycle: t`Les ressources ${'path'} dépendent les unes des autres, CloudFormation ne peut donc pas les créer : des connexions forment une boucle entre ces nœuds ; retirez une connexion de la boucle`,
  invalid_group: t`${'group'} : ${'reason'}`,
  vpc_full: t`${'vpc'} : plus de place pour le sous-réseau ${'subnet'}`,
  no_internet_route: t`${'vpc'} : ${'nodes'}, dans des sous-réseaux privés, n’atteignent ni Internet ni les API AWS ; ajoutez une passerelle NAT dans un sous-réseau public (ou des points de terminaison VPC)`,
  no_role_for_permissions: t`${'connection'} : ni ${'source'} ni ${'target'} n’a de rôle d’exécution pour porter ${'actions'}`,
  iam_wildcard: t`${'service'} ne déclare pas d’ARN : ${'actions'} pour ${'connection'} est accordé sur « * »`,
  iam_target_without_resource: t`${'node'} ne crée aucune ressource dans sa configuration : ${'actions'} pour ${'connection'} est accordé sur « * »`,
  env_target_without_resource: t`${'node'} ne crée aucune ressource dans sa configuration : ${'source'} ne reçoit pas de variable ${'variable'}`,
  duplicate_logical_id: t`Deux ressources veulent l’identifiant logique ${q('id')} (${'first'} et ${'second'}) : la seconde est écartée`,
  mapping_conflict: t`Le mapping ${'key'} est déclaré deux fois avec des valeurs différentes : la première est conservée`,
  condition_conflict: t`La condition ${'name'} est déclarée deux fois avec des définitions différentes : la première est conservée`,
  conditional_dependent: t`${'id'} dépend d’une ressource créée seulement si ${'conditions'} est vraie : elle est créée sous la même condition`,
  parameter_conflict: t`Le paramètre ${'name'} est déclaré deux fois avec des définitions différentes : le premier est conservé`,
};

/**
 * The text of a problem in `lang`: English is its `message`; French renders the code's
 * template from `params`, or falls back to `message` when the code has no template or a
 * param the template needs is missing (old saved reports, catalog warnings without French).
 *
 * @example
 * problemText({ severity: 'info', code: 'no_load', message: 'No load reaches "Queue": …',
 *   params: { label: 'Queue' } }, 'fr');
 * // 'Aucune charge n’atteint « Queue » : connectez-le ou donnez-lui une charge d’entrée dans un scénario'
 */
export function problemText(problem: Problem, lang: Lang): string {
  if (lang === 'en' || !problem.params) return problem.message;
  const template = frenchTemplates[problem.code];
  return (template && template(reader(problem.params))) ?? problem.message;
}

function reader(params: ProblemParams): Params {
  return {
    get: (key) => {
      const value = params[key];
      return typeof value === 'number' ? formatNumber(value, 'fr') : value;
    },
    has: (key) => params[key] !== undefined,
  };
}
