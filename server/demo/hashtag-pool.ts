/**
 * The names the demo charts are drawn from. Each industry gets well over 100 names (stems combined
 * with the suffixes people really use), so every industry chart can be a full top 100. A few names
 * in other scripts exercise URL encoding and fonts; they rank higher in the countries that write them.
 */
import { INDUSTRIES } from '../../src/contract/constants';

export interface PoolEntry {
  readonly name: string;
  /** Absent for general tags (fyp, viral): they only chart in "all industries" and carry no industry_info. */
  readonly industryId?: string;
  /** Countries where this name is especially popular. */
  readonly homeCountries?: readonly string[];
  /** A stem with a suffix (#skincaretips): less popular than the plain tag. */
  readonly isVariant?: boolean;
}

const STEMS: Record<string, readonly string[]> = {
  '22000000000': ['outfit', 'ootd', 'streetwear', 'sneakers', 'fashion', 'thrift', 'vintage', 'denim', 'jewelry', 'handbag', 'capsulewardrobe', 'styling', 'dress', 'hoodie'],
  '12000000000': ['baby', 'newborn', 'momlife', 'toddler', 'pregnancy', 'parenting', 'dadlife', 'babyfood', 'nursery', 'kidsactivities', 'gentleparenting', 'homeschool', 'babyshower', 'twins'],
  '14000000000': ['skincare', 'makeup', 'glowup', 'nails', 'haircare', 'lipstick', 'sunscreen', 'kbeauty', 'grwm', 'perfume', 'lashes', 'curlyhair', 'nailart', 'serum'],
  '24000000000': ['smallbusiness', 'entrepreneur', 'marketing', 'sidehustle', 'startup', 'branding', 'freelance', 'productivity', 'remotework', 'ecommerce', 'coaching', 'sales', 'worklife', 'corporate'],
  '10000000000': ['studytok', 'learnontiktok', 'booktok', 'languagelearning', 'math', 'science', 'history', 'chatgpt', 'studywithme', 'exam', 'english', 'university', 'teacher', 'physics'],
  '13000000000': ['investing', 'personalfinance', 'budgeting', 'crypto', 'stocks', 'realestate', 'savingmoney', 'creditscore', 'bitcoin', 'taxes', 'financialfreedom', 'passiveincome', 'retirement', 'fintok'],
  '27000000000': ['recipe', 'foodtok', 'cooking', 'baking', 'coffee', 'matcha', 'streetfood', 'mukbang', 'airfryer', 'pasta', 'mealprep', 'dessert', 'ramen', 'boba'],
  '25000000000': ['gaming', 'minecraft', 'fortnite', 'roblox', 'valorant', 'genshin', 'gta6', 'pokemon', 'leagueoflegends', 'nintendo', 'speedrun', 'cozygames', 'esports', 'callofduty'],
  '29000000000': ['fitness', 'gymtok', 'wellness', 'mentalhealth', 'yoga', 'pilates', 'running', 'nutrition', 'sleep', 'selfcare', 'weightloss', 'meditation', 'guthealth', 'stretching'],
  '21000000000': ['diy', 'homedecor', 'renovation', 'interiordesign', 'garden', 'organization', 'plants', 'woodworking', 'smallspace', 'roomtransformation', 'paint', 'tinyhouse', 'homehacks', 'tiles'],
  '18000000000': ['cleaning', 'laundry', 'organizing', 'kitchenhacks', 'restock', 'dishwasher', 'vacuum', 'cleanwithme', 'asmrcleaning', 'declutter', 'storage', 'candles', 'refill', 'fridge'],
  '26000000000': ['weddingplanning', 'dayinmylife', 'apartmenttour', 'selfimprovement', 'morningroutine', 'nightroutine', 'lifehacks', 'datenight', 'friendship', 'adulting', 'minimalism', 'motivation', 'astrology', 'moving'],
  '23000000000': ['news', 'movies', 'music', 'concert', 'netflix', 'anime', 'kpop', 'celebrity', 'podcast', 'standup', 'comedy', 'trailer', 'festival', 'tvshow'],
  '19000000000': ['dogsoftiktok', 'catsoftiktok', 'puppy', 'kitten', 'petcare', 'dogtraining', 'goldenretriever', 'rescuedog', 'bunny', 'aquarium', 'parrot', 'horse', 'petlover', 'funnycats'],
  '28000000000': ['football', 'soccer', 'nba', 'basketball', 'hiking', 'camping', 'cycling', 'skateboarding', 'surfing', 'tennis', 'golf', 'formula1', 'climbing', 'marathon'],
  '15000000000': ['tech', 'iphone', 'android', 'ai', 'gadgets', 'desksetup', 'pcbuild', 'smarthome', 'apple', 'samsung', 'coding', 'cybersecurity', 'techtok', 'headphones'],
  '17000000000': ['travel', 'traveltok', 'roadtrip', 'beach', 'backpacking', 'vanlife', 'solotravel', 'hotel', 'japantravel', 'paris', 'bali', 'cruise', 'traveltips', 'citybreak'],
  '11000000000': ['cars', 'carsoftiktok', 'ev', 'tesla', 'motorcycle', 'jdm', 'carcare', 'detailing', 'carmeet', 'offroad', 'trucks', 'classiccars', 'bikes', 'racing'],
};

const SUFFIXES = ['', 'tok', 'tips', 'hack', '2026', 'check', 'inspo', 'challenge', 'daily', 'lover', 'life', 'trend', 'viral'] as const;

const RU_SPEAKING = ['BY', 'KZ', 'UA', 'UZ'];
const ARABIC = ['SA', 'AE', 'EG', 'IQ', 'JO', 'KW', 'LB', 'OM', 'QA', 'BH', 'MA'];
const CHINESE = ['TW', 'MO', 'SG', 'MY'];

const LOCAL_NAMES: readonly PoolEntry[] = [
  // The seed shows #курск related to #chatgpt in the US.
  { name: 'курск', industryId: '23000000000', homeCountries: [...RU_SPEAKING, 'US'] },
  { name: 'рецепты', industryId: '27000000000', homeCountries: RU_SPEAKING },
  { name: 'ラーメン', industryId: '27000000000', homeCountries: ['JP'] },
  { name: '推し活', industryId: '23000000000', homeCountries: ['JP'] },
  { name: '旅行', industryId: '17000000000', homeCountries: ['JP', ...CHINESE] },
  { name: '먹방', industryId: '27000000000', homeCountries: ['KR'] },
  { name: '여행', industryId: '17000000000', homeCountries: ['KR'] },
  { name: '美食', industryId: '27000000000', homeCountries: CHINESE },
  { name: 'رمضان', industryId: '26000000000', homeCountries: ARABIC },
  { name: 'السفر', industryId: '17000000000', homeCountries: ARABIC },
  { name: 'อาหาร', industryId: '27000000000', homeCountries: ['TH'] },
  { name: 'ẩmthực', industryId: '27000000000', homeCountries: ['VN'] },
];

const GENERAL_NAMES = ['fyp', 'foryou', 'foryoupage', 'viral', 'trending', 'pov', 'storytime', 'funny', 'relatable', 'duet', 'capcut', 'greenscreen', 'fypシ', 'xyzbca', 'tiktokmademebuyit'];

function industryEntries(industryId: string, stems: readonly string[]): PoolEntry[] {
  return stems.flatMap((stem) =>
    SUFFIXES.filter((suffix) => !(suffix === 'tok' && stem.endsWith('tok'))).map((suffix) => ({ name: stem + suffix, industryId, ...(suffix ? { isVariant: true } : {}) })),
  );
}

function buildPool(): readonly PoolEntry[] {
  const seen = new Set<string>();
  const entries: PoolEntry[] = [];
  const add = (entry: PoolEntry) => {
    if (seen.has(entry.name)) return; // the first industry to claim a name keeps it: a name has one industry
    seen.add(entry.name);
    entries.push(entry);
  };
  LOCAL_NAMES.forEach(add);
  for (const industry of INDUSTRIES) industryEntries(industry.id, STEMS[industry.id] ?? []).forEach(add);
  GENERAL_NAMES.forEach((name) => add({ name }));
  return entries;
}

/** Every name the demo knows, each with its industry. Built once at module load (a few thousand entries). */
export const HASHTAG_POOL: readonly PoolEntry[] = buildPool();
