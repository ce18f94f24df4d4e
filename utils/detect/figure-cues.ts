/**
 * Word tables deciding whether a figure is a key figure (`figure-roles.ts`): cues that make a duration
 * or a distance a policy quantity (`within 10 days`, `降低到18岁`, `94,000 km of roads`), and the words
 * that label nothing (`Less than 5%`).
 */

/** Units of time: a figure in them places something in time unless a cue makes it a quantity. */
export const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'age']);

/** Units of the physical setting: a distance or an area is a key figure only with a policy cue. */
export const GEOGRAPHIC_UNITS = new Set(['km', 'm', 'mi', 'km²', 'mi²', 'm²', 'ha', 'acre', 'mu', '°C']);

/** Counts below this are details of the story (`3块`, `6个摄像头`), not key figures. */
export const MINOR_COUNT = 10;

/**
 * Before a duration or an age (in its clause): what makes it a limit, a term, a target or a statistic
 * (`within 10 days`, `降低到18岁`, `life expectancy … was 84 years`, `the median age … 38.1 years`).
 */
export const TIME_CUES =
  /\b(?:within|no (?:more|later|longer) than|not (?:more|later|longer) than|up to|at (?:least|most)|expectancy|median|term of|extend(?:s|ed)? (?:to|by)|shorten(?:s|ed)? (?:to|by)|(?:reduc|rais|increas|lower)(?:e|es|ed|ing) (?:to|by)|(?:cut|rise|fall|rose|fell) to)\b|以内|不超过|不超過|不少于|不少於|不低于|不低於|最长|最長|最短|期限|延长|延長|缩短|縮短|降低到|降低至|降到|降至|提高到|提高至|提升至|放宽至|放寬至|放宽到|寿命|壽命|平均年龄|平均年齡|为期|為期|期限为|期限為|有效期/i;

/**
 * In the clause of a distance, an area or a temperature: infrastructure, land use, building and limits
 * (`94,000 km of roads`, `新建高标准农田1000万亩`, `limit warming to 1.5 °C`).
 */
export const GEOGRAPHIC_CUES =
  /\b(?:roads?|railways?|rail|motorways?|highways?|expressways?|pipelines?|networks?|grid|transmission|lines|tracks?|tunnels?|build|built|building|construct\w*|extend\w*|add(?:s|ed)?|planned|plans?|target\w*|farmland|cropland|reforest\w*|afforest\w*|protected|warming|limit\w*|capacity)\b|公路|铁路|鐵路|高速|高铁|高鐵|地铁|地鐵|轨道|軌道|管道|管网|管網|线路|線路|电网|電網|建设|建設|新建|修建|改造|新增|完成|造林|耕地|农田|農田|保护区|保護區|温升|溫升|控制在/i;

/** After an age: a threshold of a group (`14 years old or younger`, `18岁以下`), not a figure. */
export const THRESHOLD_AFTER =
  /^\s?(?:old|of age|or older|and older|or younger|and younger|and over|or over|and above|or above|以上|以下|之前|以前|及以上|及以下)/;

/** Before `100%`: a remark that shares add up (`may not add to 100%`), not a figure. */
export const HUNDRED_PERCENT_SUMS = /\b(?:adds? (?:up )?to|sums? to)(?: more than| less than)?\s*$/i;

/** Words (three letters or more) that say nothing about what a figure counts: hedges, comparisons, joiners. */
export const NO_LABEL_WORDS = new Set(
  'less more fewer than over under about around approximately approx nearly almost some and from the per cent percent est estimate'.split(
    ' ',
  ),
);
/** The same in Chinese, taken out of a run of Chinese characters. */
export const ZH_NO_LABEL = /约|約|超过|超過|以上|以下|左右|近|逾|多|余|餘|至|到|和|及|或/g;
