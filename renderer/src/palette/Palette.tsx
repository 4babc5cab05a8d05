import { useMemo, useState, type DragEvent } from 'react';
import { categories, categoryNames, type ServiceDefinition } from '../../../shared/service/types';
import { useCatalog, useDesign, useLang, useT, useUi, useUiStoreApi } from '../AppContext';
import { effectiveRegion } from '../cost/scenarioEdits';
import { AwsIcon } from '../canvas/AwsIcon';
import { SERVICE_DRAG_TYPE } from '../canvas/Canvas';
import { matchesService } from './search';

function onDragStart(event: DragEvent, service: ServiceDefinition): void {
  event.dataTransfer.setData(SERVICE_DRAG_TYPE, service.id);
  event.dataTransfer.setData('text/plain', service.name.en);
  event.dataTransfer.effectAllowed = 'copy';
}

/** Services by category, collapsible, searchable; drag an item onto the canvas to add it. */
export function Palette() {
  const catalog = useCatalog();
  const lang = useLang();
  const t = useT();
  const collapsed = useUi((s) => s.collapsedCategories);
  const ui = useUiStoreApi();
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  const region = useDesign((s) => effectiveRegion(s.design));

  const grouped = useMemo(() => {
    const services = Object.values(catalog).filter((s) => matchesService(s, query));
    return categories
      .map((category) => ({
        category,
        services: services
          .filter((s) => s.category === category)
          // Retired services last: still findable for existing designs, out of the way of new ones.
          .sort(
            (a, b) =>
              Number(a.retired !== undefined) - Number(b.retired !== undefined) ||
              a.name[lang].localeCompare(b.name[lang], lang),
          ),
      }))
      .filter((g) => g.services.length > 0);
  }, [catalog, query, lang]);

  return (
    <aside className="palette" data-testid="palette" aria-label={t('palette.title')}>
      <div className="palette__header">
        <h2 className="panel-title">{t('palette.title')}</h2>
        <input
          type="search"
          className="palette__search"
          placeholder={t('palette.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="palette-search"
          aria-label={t('palette.search')}
        />
      </div>
      <div className="palette__list">
        {Object.keys(catalog).length === 0 ? <p className="muted">{t('palette.emptyCatalog')}</p> : null}
        {grouped.length === 0 && searching ? (
          <p className="muted" data-testid="palette-no-results">
            {t('palette.noResults', { query })}
          </p>
        ) : null}
        {grouped.map(({ category, services }) => {
          const isCollapsed = !searching && collapsed[category] === true;
          return (
            <section
              key={category}
              className="palette__category"
              data-testid={`palette-category-${category}`}
            >
              <button
                type="button"
                className="palette__category-header"
                aria-expanded={!isCollapsed}
                onClick={() => ui.getState().toggleCategory(category)}
              >
                <span className={`chevron${isCollapsed ? ' chevron--collapsed' : ''}`} aria-hidden="true">
                  ▾
                </span>
                <span className="palette__category-name">{categoryNames[category][lang]}</span>
                <span className="palette__count" data-testid="palette-count">
                  {services.length}
                </span>
              </button>
              {isCollapsed ? null : (
                <ul className="palette__items">
                  {services.map((service) => (
                    <li
                      key={service.id}
                      className={`palette__item${service.retired ? ' palette__item--retired' : ''}`}
                      draggable
                      onDragStart={(e) => onDragStart(e, service)}
                      data-testid={`palette-item-${service.id}`}
                      title={[
                        service.description[lang],
                        service.retired
                          ? t('palette.retiredHint', {
                              date: service.retired.on,
                              instead: service.retired.instead[lang],
                            })
                          : undefined,
                        t('palette.dragHint'),
                      ]
                        .filter(Boolean)
                        .join('\n')}
                    >
                      <AwsIcon
                        icon={service.icon}
                        category={service.category}
                        size={24}
                        title={service.name[lang]}
                      />
                      <span className="palette__item-name">{service.name[lang]}</span>
                      {service.retired ? (
                        <span className="palette__badge" data-testid="palette-retired">
                          {t('palette.retired')}
                        </span>
                      ) : service.notOfferedIn?.[region] !== undefined ? (
                        <span
                          className="palette__badge"
                          data-testid="palette-not-offered"
                          title={t('palette.notOfferedHint', { region })}
                        >
                          {t('palette.notOffered', { region })}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </aside>
  );
}
