/**
 * `npm run prices:coverage [-- --gaps]`: how many catalog meters each bundled price book
 * prices, by how the prices were confirmed; `--gaps` lists the unpriced meters per service.
 */
import { catalog, priceBooks } from '../catalog/index';
import { transferMeters } from '../shared/simulation/transfer';
import { coverage, formatCoverage } from './prices/coverage';

process.stdout.write(
  formatCoverage(
    coverage(priceBooks, catalog, Object.values(transferMeters)),
    process.argv.includes('--gaps'),
  ),
);
