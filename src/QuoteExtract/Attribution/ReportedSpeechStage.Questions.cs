using QuoteExtract.Lexicon;
using QuoteExtract.Mentions;
using QuoteExtract.Text;
using static QuoteExtract.Attribution.Rules.RuleHelpers;

namespace QuoteExtract.Attribution;

// Reported questions ("Asked whether he would run again, Lee said …"). (Findings reported from a poll or a study are
// Rules/EvidenceInRule.)
internal sealed partial class ReportedSpeechStage
{

}
