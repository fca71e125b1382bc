//! The shared vocabulary of the crate: entity and relation types, and the switches that
//! configure an extractor. Every other module imports from here; this one imports nothing
//! of the crate.
//!
//! ```
//! use kashf::{EntityRules, EntityType, Extractor, RelationType};
//!
//! assert_eq!(EntityType::parse("PERSON"), Some(EntityType::Person));
//! assert_eq!(RelationType::parse("MEETS").map(|r| r.is_symmetric()), Some(true));
//! assert_eq!(RelationType::Visits.as_str(), "VISITS");
//!
//! // The switches go to the builder.
//! let lists_only = Extractor::builder().entity_rules(EntityRules::ListsOnly).build()?;
//! let doc = lists_only.extract("وصل اللواء خليل برهوم إلى دمشق.");
//! assert_eq!(doc.entities.len(), 1, "Damascus; the title rule is off");
//! # Ok::<(), kashf::Error>(())
//! ```

use serde::{Deserialize, Serialize};

/// The coarse type of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// A place: country, city, region.
    Location,
    /// An organization.
    Organization,
    /// Anything else a list wants to name.
    Misc,
}

impl EntityType {
    /// Parses the TSV spelling (`PERSON`, `LOCATION`, `ORGANIZATION`, `MISC`).
    pub fn parse(s: &str) -> Option<EntityType> {
        match s {
            "PERSON" => Some(EntityType::Person),
            "LOCATION" => Some(EntityType::Location),
            "ORGANIZATION" => Some(EntityType::Organization),
            "MISC" => Some(EntityType::Misc),
            _ => None,
        }
    }

    /// The TSV and JSON spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Location => "LOCATION",
            EntityType::Organization => "ORGANIZATION",
            EntityType::Misc => "MISC",
        }
    }
}

/// The relation types of the [output contract](crate::document#relation-types).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum RelationType {
    /// Two parties meet or hold talks (symmetric).
    Meets,
    /// A person or organization visits a place.
    Visits,
    /// Two parties intend to sign an agreement (symmetric).
    PlansAgreement,
    /// Two parties signed an agreement (symmetric).
    SignsAgreement,
    /// Two parties cooperate (symmetric).
    CooperatesWith,
    /// A party joins an organization.
    Joins,
    /// A buyer buys from a seller.
    Purchase,
    /// A person belongs to an organization or country.
    AffiliatedWith,
    /// Two parties are in tension (symmetric).
    TensionWith,
    /// A person or organization is located in a place.
    LocatedIn,
}

impl RelationType {
    /// Parses the JSON spelling (`MEETS`, `PLANS_AGREEMENT`, …).
    pub fn parse(s: &str) -> Option<RelationType> {
        Some(match s {
            "MEETS" => RelationType::Meets,
            "VISITS" => RelationType::Visits,
            "PLANS_AGREEMENT" => RelationType::PlansAgreement,
            "SIGNS_AGREEMENT" => RelationType::SignsAgreement,
            "COOPERATES_WITH" => RelationType::CooperatesWith,
            "JOINS" => RelationType::Joins,
            "PURCHASE" => RelationType::Purchase,
            "AFFILIATED_WITH" => RelationType::AffiliatedWith,
            "TENSION_WITH" => RelationType::TensionWith,
            "LOCATED_IN" => RelationType::LocatedIn,
            _ => return None,
        })
    }

    /// The JSON spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            RelationType::Meets => "MEETS",
            RelationType::Visits => "VISITS",
            RelationType::PlansAgreement => "PLANS_AGREEMENT",
            RelationType::SignsAgreement => "SIGNS_AGREEMENT",
            RelationType::CooperatesWith => "COOPERATES_WITH",
            RelationType::Joins => "JOINS",
            RelationType::Purchase => "PURCHASE",
            RelationType::AffiliatedWith => "AFFILIATED_WITH",
            RelationType::TensionWith => "TENSION_WITH",
            RelationType::LocatedIn => "LOCATED_IN",
        }
    }

    /// Whether `A r B` implies `B r A`.
    pub fn is_symmetric(&self) -> bool {
        matches!(
            self,
            RelationType::Meets
                | RelationType::PlansAgreement
                | RelationType::SignsAgreement
                | RelationType::CooperatesWith
                | RelationType::TensionWith
        )
    }
}

/// Whether a relation happened, is planned or is denied, as its sentence says.
///
/// ```
/// use kashf::Modality;
///
/// assert_eq!(serde_json::to_string(&Modality::Planned).unwrap(), r#""planned""#);
/// assert_eq!(Modality::default(), Modality::Done);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Modality {
    /// Stated as done or true (التقى, زار, the role phrase of an affiliation).
    #[default]
    Done,
    /// Stated as future or intended (سيلتقي, من المقرر أن يزور, يعتزم توقيع).
    Planned,
    /// Stated as not done (لم يلتق, لن تنضم, نفى وجود أي خلاف).
    Negated,
}

impl Modality {
    /// The JSON spelling: `done`, `planned`, `negated`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Done => "done",
            Modality::Planned => "planned",
            Modality::Negated => "negated",
        }
    }
}

/// What an extractor does with relations the text negates (لم يلتق, نفى …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NegatedRelations {
    /// Leave them out of [`Document::relations`](crate::Document::relations): a reader of
    /// the relations takes each one as stated.
    #[default]
    Drop,
    /// Keep them, marked [`Modality::Negated`].
    Keep,
}

/// Whether the embedded default gazetteers are part of an extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Defaults {
    /// The embedded lists plus any added ones.
    #[default]
    Include,
    /// Only the lists added to the builder.
    Exclude,
}

/// Which entity rules run besides the gazetteer matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EntityRules {
    /// Gazetteer matches, context rules (titles, heads, quoted names, given names) and
    /// in-document coreference.
    #[default]
    All,
    /// Gazetteer matches only: what the lists alone find (the tagger does not run either).
    ListsOnly,
    /// The trained tagger's names only, without lists or rules: what the tagger alone
    /// finds (for measuring it; the mentions have generated ids).
    TaggerOnly,
}

/// How many words around a name a sports match's words (`relation_words.tsv`, class `match`)
/// are looked for: both the entity stage (a city that is a club) and the relation stage (two
/// teams that meet play a game) read a match this far.
pub(crate) const MATCH_REACH: usize = 20;
