export interface CalculatorGeneratorSchema {
  name: string;
  id?: string;
  title?: string;
}
