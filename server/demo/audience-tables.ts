/**
 * Reference tables for demo audiences. Country ids are GeoNames ids (as in real responses, e.g.
 * Austria 2782113); interest ids follow TikTok's "diversify_<id>" labels seen in the seed.
 */
export interface GeoCountry {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export const GEO_COUNTRIES: readonly GeoCountry[] = [
  { id: '6252001', code: 'US', name: 'United States' },
  { id: '2635167', code: 'GB', name: 'United Kingdom' },
  { id: '6251999', code: 'CA', name: 'Canada' },
  { id: '2077456', code: 'AU', name: 'Australia' },
  { id: '2186224', code: 'NZ', name: 'New Zealand' },
  { id: '2963597', code: 'IE', name: 'Ireland' },
  { id: '2921044', code: 'DE', name: 'Germany' },
  { id: '2782113', code: 'AT', name: 'Austria' },
  { id: '2658434', code: 'CH', name: 'Switzerland' },
  { id: '3017382', code: 'FR', name: 'France' },
  { id: '2802361', code: 'BE', name: 'Belgium' },
  { id: '2750405', code: 'NL', name: 'Netherlands' },
  { id: '2510769', code: 'ES', name: 'Spain' },
  { id: '2264397', code: 'PT', name: 'Portugal' },
  { id: '3175395', code: 'IT', name: 'Italy' },
  { id: '390903', code: 'GR', name: 'Greece' },
  { id: '2661886', code: 'SE', name: 'Sweden' },
  { id: '3144096', code: 'NO', name: 'Norway' },
  { id: '2623032', code: 'DK', name: 'Denmark' },
  { id: '660013', code: 'FI', name: 'Finland' },
  { id: '453733', code: 'EE', name: 'Estonia' },
  { id: '458258', code: 'LV', name: 'Latvia' },
  { id: '597427', code: 'LT', name: 'Lithuania' },
  { id: '798544', code: 'PL', name: 'Poland' },
  { id: '3077311', code: 'CZ', name: 'Czech Republic' },
  { id: '719819', code: 'HU', name: 'Hungary' },
  { id: '798549', code: 'RO', name: 'Romania' },
  { id: '630336', code: 'BY', name: 'Belarus' },
  { id: '690791', code: 'UA', name: 'Ukraine' },
  { id: '298795', code: 'TR', name: 'Turkey' },
  { id: '3996063', code: 'MX', name: 'Mexico' },
  { id: '3469034', code: 'BR', name: 'Brazil' },
  { id: '3865483', code: 'AR', name: 'Argentina' },
  { id: '1861060', code: 'JP', name: 'Japan' },
  { id: '1835841', code: 'KR', name: 'South Korea' },
  { id: '1643084', code: 'ID', name: 'Indonesia' },
  { id: '1605651', code: 'TH', name: 'Thailand' },
  { id: '1562822', code: 'VN', name: 'Vietnam' },
  { id: '1694008', code: 'PH', name: 'Philippines' },
  { id: '1733045', code: 'MY', name: 'Malaysia' },
  { id: '1880251', code: 'SG', name: 'Singapore' },
  { id: '102358', code: 'SA', name: 'Saudi Arabia' },
  { id: '290557', code: 'AE', name: 'United Arab Emirates' },
  { id: '357994', code: 'EG', name: 'Egypt' },
];

export interface Interest {
  readonly id: string;
  readonly name: string;
}

export const INTERESTS: readonly Interest[] = [
  { id: '10001', name: 'Pranks' },
  { id: '10002', name: 'Comedy' },
  { id: '10004', name: 'Food Tours' },
  { id: '10010', name: 'Fitness' },
  { id: '10015', name: 'Campus Life' },
  { id: '10022', name: 'Makeup' },
  { id: '10031', name: 'Pets' },
  { id: '10040', name: 'Travel Vlogs' },
  { id: '10047', name: 'Gaming' },
  { id: '10052', name: 'Music' },
  { id: '10060', name: 'Fashion' },
  { id: '10068', name: 'School Education' },
  { id: '10071', name: 'Home & Garden' },
  { id: '10080', name: 'Cars' },
  { id: '10088', name: 'Personal Finance' },
  { id: '10090', name: 'Parenting' },
  { id: '10094', name: 'Science' },
  { id: '10095', name: 'Software & APPs' },
  { id: '10099', name: 'DIY' },
];
