import type { TextShape } from '@koers/web-programme';

/** The baseline by hand (`koploper.activity.*`). */
const nl = {
  title: 'Gegevens invullen',
  intro: 'Of vul de activiteiten van het jaar hier in, een regel per activiteit.',
  type: 'Soort',
  amount: 'Hoeveelheid',
  amountInvalid: 'Vul een hoeveelheid van 0 of meer in.',
  unit: 'Eenheid',
  detail: 'Toelichting',
  purpose: 'Doel van de ritten',
  label: 'Omschrijving',
  addRow: 'Regel toevoegen',
  removeRow: 'Regel verwijderen',
  save: 'Nulmeting opslaan',
  saved: 'De nulmeting is opgeslagen; de berekening loopt.',
  types: { electricity: 'Elektriciteit', natural_gas: 'Aardgas', district_heat: 'Stadswarmte', diesel: 'Diesel', petrol: 'Benzine', lpg: 'LPG', car_km: 'Autokilometers', train_km: 'Treinkilometers', flight_km: 'Vliegkilometers', waste: 'Afval', water: 'Water' },
  contracts: { grey: 'Grijze stroom', 'green-nl': 'Groene stroom uit Nederland', 'green-eu': 'Groene stroom uit Europa', unknown: 'Onbekend contract' },
  fuels: { petrol: 'Benzine', diesel: 'Diesel', lpg: 'LPG', electric: 'Elektrisch', unknown: 'Onbekende brandstof' },
  purposes: { business: 'Zakelijk', commute: 'Woon-werk' },
  hauls: { short: 'Korte vlucht (< 700 km)', medium: 'Middellange vlucht (700-2500 km)', long: 'Lange vlucht (> 2500 km)' },
  streams: { residual: 'Restafval', paper: 'Papier en karton', plastic: 'Plastic', organic: 'Gft', glass: 'Glas', wood: 'Hout' },
};

const en: TextShape<typeof nl> = {
  title: 'Enter the data',
  intro: "Or enter the year's activities here, one row per activity.",
  type: 'Kind',
  amount: 'Amount',
  amountInvalid: 'Enter an amount of 0 or more.',
  unit: 'Unit',
  detail: 'Detail',
  purpose: 'Purpose of the trips',
  label: 'Description',
  addRow: 'Add row',
  removeRow: 'Remove row',
  save: 'Save baseline',
  saved: 'The baseline is stored; it is being calculated.',
  types: { electricity: 'Electricity', natural_gas: 'Natural gas', district_heat: 'District heating', diesel: 'Diesel', petrol: 'Petrol', lpg: 'LPG', car_km: 'Car kilometres', train_km: 'Train kilometres', flight_km: 'Flight kilometres', waste: 'Waste', water: 'Water' },
  contracts: { grey: 'Grey electricity', 'green-nl': 'Green electricity from the Netherlands', 'green-eu': 'Green electricity from Europe', unknown: 'Unknown contract' },
  fuels: { petrol: 'Petrol', diesel: 'Diesel', lpg: 'LPG', electric: 'Electric', unknown: 'Unknown fuel' },
  purposes: { business: 'Business', commute: 'Commuting' },
  hauls: { short: 'Short-haul flight (< 700 km)', medium: 'Medium-haul flight (700-2500 km)', long: 'Long-haul flight (> 2500 km)' },
  streams: { residual: 'Residual waste', paper: 'Paper and cardboard', plastic: 'Plastic', organic: 'Organic waste', glass: 'Glass', wood: 'Wood' },
};

export const ACTIVITY_TEXTS = { nl, en };
