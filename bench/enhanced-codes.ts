// Prints the enhanced codes of class 5 as JSON, from the app's own data: bench/scale.mjs compares them.
import { allEnhancedCodes } from '../lib/enhanced-codes';

console.log(JSON.stringify(allEnhancedCodes().filter((code) => code.enhancedClass === 5).map((code) => code.id)));
