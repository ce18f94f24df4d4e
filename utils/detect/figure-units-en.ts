/**
 * English figure rules: currency marks, scale words and units around a number. Unit symbols (`GW`,
 * `kWh`) also appear in Chinese text (`2.25GW`), so these tables apply to every language.
 */
import type { UnitRule } from './figure-units-zh';
import { literalTable } from './literal-table';

const money = (unit: string): UnitRule => ({ type: 'money', unit });
const count = (unit: string): UnitRule => ({ type: 'count', unit });
const quantity = (unit: string): UnitRule => ({ type: 'quantity', unit });
const percent = (unit: string): UnitRule => ({ type: 'percent', unit });

/** Currency symbols glued to the number (`$1.2 billion`, `€40m`, `US$3bn`). */
// prettier-ignore
export const EN_CURRENCY_SYMBOLS = literalTable<string>([
  ['$', 'USD'], ['US$', 'USD'], ['U.S.$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['HK$', 'HKD'], ['NT$', 'TWD'],
  ['A$', 'AUD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['R$', 'BRL'], ['MX$', 'MXN'], ['C$', 'CAD'], ['CA$', 'CAD'], ['S$', 'SGD'], ['₹', 'INR'], ['₩', 'KRW'],
  ['¥', 'CNY'], ['￥', 'CNY'],
]);

/** Currency codes before the number, with or without a space (`RMB 5 trillion`, `USD 300`). */
// prettier-ignore
export const EN_CURRENCY_CODES = literalTable<string>(
  [
    ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['HKD', 'HKD'],
    ['TWD', 'TWD'], ['NTD', 'TWD'], ['AUD', 'AUD'], ['CAD', 'CAD'], ['CHF', 'CHF'], ['INR', 'INR'], ['Rs', 'INR'],
    ['KRW', 'KRW'], ['SGD', 'SGD'],
  ],
  { wholeWord: true },
);

/** Scale words after a space (`1.2 billion`, `5 trillion`). */
// prettier-ignore
export const EN_SCALE_WORDS = literalTable<number>(
  [['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['crore', 1e7]],
  { wholeWord: true, caseInsensitive: true },
);

/** Scale abbreviations glued to the number; only after a currency mark (`€40m`, not `40m` of cable). */
// prettier-ignore
export const EN_SCALE_ABBREVIATIONS = literalTable<number>(
  [['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12]],
  { wholeWord: true, caseInsensitive: true },
);

/** Currency names after the number (`5 trillion yuan`). */
// prettier-ignore
export const EN_CURRENCY_WORDS = literalTable<UnitRule>(
  [
    ['dollars', money('USD')], ['US dollars', money('USD')], ['U.S. dollars', money('USD')], ['yuan', money('CNY')],
    ['renminbi', money('CNY')], ['RMB', money('CNY')], ['euros', money('EUR')], ['euro', money('EUR')],
    ['pounds', money('GBP')], ['pounds sterling', money('GBP')], ['yen', money('JPY')], ['won', money('KRW')],
    ['rupees', money('INR')], ['NT dollars', money('TWD')], ['Hong Kong dollars', money('HKD')],
    ['Australian dollars', money('AUD')], ['Canadian dollars', money('CAD')],
  ],
  { wholeWord: true },
);

/** Price per unit after a money figure (`$0.23/W`, `$25 per tonne`): the unit becomes `USD/W`. */
// prettier-ignore
export const EN_PER_UNIT = literalTable<string>(
  [
    ['/W', 'W'], ['/kW', 'kW'], ['/kWh', 'kWh'], ['/MWh', 'MWh'], ['/t', 't'], ['/tonne', 't'], ['/ton', 't'],
    ['/barrel', 'bbl'], ['/bbl', 'bbl'], ['per watt', 'W'], ['per kilowatt-hour', 'kWh'], ['per kWh', 'kWh'],
    ['per MWh', 'MWh'], ['per tonne', 't'], ['per ton', 't'], ['per barrel', 'bbl'], ['a barrel', 'bbl'],
    ['a tonne', 't'], ['per share', 'share'], ['per person', 'person'], ['per hour', 'h'], ['an hour', 'h'],
    ['per capita', 'person'], ['per day', 'day'], ['a day', 'day'], ['per month', 'month'], ['a month', 'month'],
    ['per year', 'year'], ['a year', 'year'], ['per annum', 'year'],
  ],
  { wholeWord: true },
);

/** Units after the number (and scale word): percentages, physical units, counted nouns. */
// prettier-ignore
export const EN_UNITS = literalTable<UnitRule>(
  [
    ['%', percent('%')], ['percent', percent('%')], ['per cent', percent('%')], ['pct', percent('%')],
    ['percentage points', percent('pp')], ['percentage point', percent('pp')], ['pp', percent('pp')],
    ['ppt', percent('pp')], ['basis points', percent('bp')], ['bps', percent('bp')],
    ['GW', quantity('GW')], ['MW', quantity('MW')], ['kW', quantity('kW')], ['TW', quantity('TW')],
    ['GWh', quantity('GWh')], ['MWh', quantity('MWh')], ['kWh', quantity('kWh')], ['TWh', quantity('TWh')],
    ['gigawatts', quantity('GW')], ['megawatts', quantity('MW')], ['kilowatts', quantity('kW')],
    ['kV', quantity('kV')], ['tonnes', quantity('t')], ['tons', quantity('t')], ['metric tons', quantity('t')],
    ['Mt', quantity('Mt')], ['MtCO2', quantity('MtCO2')], ['MtCO2e', quantity('MtCO2e')], ['barrels', quantity('bbl')],
    ['barrels per day', quantity('bbl/d')], ['bpd', quantity('bbl/d')], ['km', quantity('km')], ['km2', quantity('km²')], ['km²', quantity('km²')], ['sq mi', quantity('mi²')],
    ['kilometres', quantity('km')], ['kilometers', quantity('km')], ['miles', quantity('mi')],
    ['hectares', quantity('ha')], ['acres', quantity('acre')], ['square kilometres', quantity('km²')],
    ['square kilometers', quantity('km²')], ['sq km', quantity('km²')], ['cubic metres', quantity('m³')],
    ['bcm', quantity('bcm')], ['litres', quantity('L')], ['liters', quantity('L')], ['gallons', quantity('gal')],
    ['°C', quantity('°C')], ['degrees Celsius', quantity('°C')], ['MB', quantity('MB')], ['GB', quantity('GB')],
    ['TB', quantity('TB')], ['PB', quantity('PB')], ['petabytes', quantity('PB')], ['terabytes', quantity('TB')],
    ['gigabytes', quantity('GB')], ['megabytes', quantity('MB')], ['years', quantity('year')], ['months', quantity('month')], ['weeks', quantity('week')],
    ['days', quantity('day')], ['hours', quantity('hour')],
    ['times', { type: 'ratio', unit: '×' }], ['-fold', { type: 'ratio', unit: '×' }],
    ...(
      [
        ['people', 'person'], ['persons', 'person'], ['jobs', 'job'], ['workers', 'worker'], ['employees', 'employee'],
        ['companies', 'company'], ['firms', 'firm'], ['businesses', 'business'], ['enterprises', 'enterprise'],
        ['projects', 'project'], ['households', 'household'], ['homes', 'home'], ['houses', 'house'],
        ['families', 'family'], ['students', 'student'], ['schools', 'school'], ['universities', 'university'],
        ['hospitals', 'hospital'], ['patients', 'patient'], ['cases', 'case'], ['deaths', 'death'],
        ['vehicles', 'vehicle'], ['cars', 'car'], ['EVs', 'EV'], ['plants', 'plant'], ['factories', 'factory'],
        ['countries', 'country'], ['states', 'state'], ['provinces', 'province'], ['cities', 'city'],
        ['members', 'member'], ['residents', 'resident'], ['children', 'child'], ['farmers', 'farmer'],
        ['contracts', 'contract'], ['patents', 'patent'], ['users', 'user'], ['customers', 'customer'],
        ['apps', 'app'], ['products', 'product'], ['sites', 'site'], ['stations', 'station'],
        ['chargers', 'charger'], ['charging points', 'charging point'], ['turbines', 'turbine'],
        ['licences', 'licence'], ['licenses', 'license'], ['permits', 'permit'], ['loans', 'loan'],
        ['immigrants', 'immigrant'], ['voters', 'voter'], ['troops', 'troop'], ['soldiers', 'soldier'],
      ] as const
    ).map(([plural, unit]) => [plural, count(unit)] as const),
  ],
  { wholeWord: true },
);

/** Verbs and adverbs of change before a figure (`up 2.4 percentage points`, `rose 13%`). */
// prettier-ignore
export const EN_CHANGE_WORDS = literalTable<'up' | 'down' | 'none'>(
  [
    ...['up', 'rose', 'risen', 'rising', 'rise of', 'increased', 'increase of', 'increases of', 'grew', 'grown',
      'growth of', 'gained', 'jumped', 'surged', 'soared', 'climbed', 'raised', 'increased by', 'grew by',
      'rose by', 'raised by', 'expanded by', 'expanded'].map((w) => [w, 'up'] as const),
    ...['down', 'fell', 'fallen', 'falling', 'fall of', 'declined', 'decline of', 'decreased', 'decrease of',
      'dropped', 'drop of', 'slid', 'slipped', 'plunged', 'tumbled', 'shrank', 'contracted', 'cut', 'cut by',
      'reduced by', 'lowered by', 'declined by', 'decreased by', 'dropped by', 'fell by', 'contracted by']
      .map((w) => [w, 'down'] as const),
    // Phrasal verbs that only look like change (`made up 55%`, `eat up 13 percent`).
    ...['made up', 'make up', 'makes up', 'making up', 'eat up', 'eats up', 'take up', 'takes up', 'took up',
      'taking up', 'set up', 'end up', 'ended up', 'add up', 'adds up', 'use up', 'used up', 'pick up', 'picked up',
      'break down', 'breaks down', 'broke down', 'broken down', 'shut down', 'scaled down', 'narrowed down']
      .map((w) => [w, 'none'] as const),
  ],
  { wholeWord: true, caseInsensitive: true },
);

/** Hedges between a change word and its figure (`rose by nearly 5%`). */
// prettier-ignore
export const EN_CHANGE_FILLERS = literalTable<true>(
  ['nearly', 'almost', 'about', 'around', 'roughly', 'some', 'more than', 'over', 'an estimated', 'just over',
    'just under', 'by about', 'by nearly', 'by almost', 'by more than', 'by some', 'by roughly', 'by around']
    .map((w) => [w, true] as const),
  { wholeWord: true, caseInsensitive: true },
);

/** Words joining two figures that share a change word (`rose 3% and 5%`). */
// prettier-ignore
export const EN_FIGURE_JOINERS = literalTable<true>(
  ['and', 'or'].map((w) => [w, true] as const),
  { wholeWord: true },
);
