//! Closed vocabularies with an escape hatch.
//!
//! Each vocabulary is an enum of the values analytics group by, parsed from the common
//! spellings ("antibody-drug conjugate", "ADCs" and "ADC" are all [`Modality::Adc`]), plus
//! `Other(String)` so that an unknown spelling is kept as written instead of dropped.
//! Parsing never fails; [`Modality::known`] and friends tell whether a spelling was known.

/// Normalises a spelling for lookup: lower-case, every run of non-alphanumeric characters
/// becomes one space, trimmed. `"Antibody-Drug  Conjugate"` → `"antibody drug conjugate"`.
pub fn normalize_spelling(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for ch in input.chars() {
        if ch.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(ch.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident => $label:literal $(| $syn:literal)*
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A spelling outside the vocabulary, kept as written.
            Other(String),
        }

        impl $name {
            /// Every known value, in declaration order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The canonical label (`"ADC"`, `"phase 2"`), or the original text for `Other`.
            pub fn label(&self) -> &str {
                match self {
                    $($name::$variant => $label,)+
                    $name::Other(text) => text,
                }
            }

            /// The known value for a spelling, if it is one of the recognised spellings.
            pub fn known(input: &str) -> Option<Self> {
                let key = $crate::vocab::normalize_spelling(input);
                if key.is_empty() {
                    return None;
                }
                Self::lookup(&key)
                    .or_else(|| {
                        key.strip_suffix("ies")
                            .and_then(|stem| Self::lookup(&format!("{stem}y")))
                    })
                    .or_else(|| key.strip_suffix('s').and_then(Self::lookup))
            }

            fn lookup(key: &str) -> Option<Self> {
                $(
                    if key == $crate::vocab::normalize_spelling($label) $(|| key == $syn)* {
                        return Some($name::$variant);
                    }
                )+
                None
            }

            /// Parses any spelling; unknown ones become `Other` with the trimmed input.
            pub fn parse(input: &str) -> Self {
                Self::known(input).unwrap_or_else(|| $name::Other(input.trim().to_owned()))
            }

            /// The value named inside a longer description ("small molecule (oral)",
            /// "autologous CAR-T cell therapy"): an exact spelling if there is one, else
            /// the longest known spelling that occurs as whole words; `Other` otherwise.
            pub fn classify(input: &str) -> Self {
                if let Some(exact) = Self::known(input) {
                    return exact;
                }
                let text = format!(" {} ", $crate::vocab::normalize_spelling(input));
                let mut best: Option<(usize, Self)> = None;
                for (value, (label, synonyms)) in Self::KNOWN.iter().zip(Self::synonyms()) {
                    let label = $crate::vocab::normalize_spelling(label);
                    for spelling in std::iter::once(label.as_str()).chain(synonyms.iter().copied()) {
                        let longer = best.as_ref().is_none_or(|(len, _)| spelling.len() > *len);
                        if longer && text.contains(&format!(" {spelling} ")) {
                            best = Some((spelling.len(), value.clone()));
                        }
                    }
                }
                best.map_or_else(|| $name::Other(input.trim().to_owned()), |(_, v)| v)
            }

            /// Whether this is a vocabulary value rather than `Other`.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Other(_))
            }

            /// The synonyms listed for each known value (for documentation and tests).
            pub fn synonyms() -> &'static [(&'static str, &'static [&'static str])] {
                &[$(($label, &[$($syn),*])),+]
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::parse(s))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.label())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <String as serde::Deserialize>::deserialize(d)?;
                Ok(Self::parse(&text))
            }
        }
    };
}

pub(crate) use vocabulary;

vocabulary! {
    /// What kind of drug an asset is.
    pub enum Modality {
        /// Small-molecule drug.
        SmallMolecule => "small molecule" | "small molecule drug" | "chemical drug" | "oral small molecule" | "小分子",
        /// Monoclonal antibody.
        MonoclonalAntibody => "monoclonal antibody" | "mab" | "antibody" | "monospecific antibody" | "单抗" | "单克隆抗体",
        /// Bispecific antibody.
        BispecificAntibody => "bispecific antibody" | "bispecific" | "bsab" | "双抗" | "双特异性抗体",
        /// Trispecific antibody.
        TrispecificAntibody => "trispecific antibody" | "trispecific" | "tsab" | "三抗" | "三特异性抗体",
        /// Antibody-drug conjugate.
        Adc => "ADC" | "antibody drug conjugate" | "抗体偶联药物",
        /// Bispecific antibody-drug conjugate.
        BispecificAdc => "bispecific ADC" | "bsadc" | "bispecific antibody drug conjugate" | "双抗adc" | "双抗偶联药物",
        /// Peptide.
        Peptide => "peptide" | "polypeptide" | "多肽",
        /// Small interfering RNA.
        SiRna => "siRNA" | "rnai" | "small interfering rna",
        /// Antisense oligonucleotide.
        Antisense => "antisense" | "aso" | "antisense oligonucleotide",
        /// Messenger RNA.
        MRna => "mRNA" | "mrna therapy",
        /// Cell therapy, including CAR-T (in vivo CAR-T too).
        CellTherapy => "cell therapy" | "car t" | "cart" | "in vivo car t" | "细胞疗法" | "细胞治疗",
        /// Gene therapy.
        GeneTherapy => "gene therapy" | "aav gene therapy" | "基因疗法" | "基因治疗",
        /// Vaccine.
        Vaccine => "vaccine" | "疫苗",
        /// Therapeutic protein or fusion protein (not an antibody).
        Protein => "protein" | "fusion protein" | "recombinant protein" | "融合蛋白",
    }
}

vocabulary! {
    /// The structure of a transaction.
    pub enum DealType {
        /// Licence of rights to an asset.
        License => "license" | "licence" | "licensing" | "exclusive license" | "out license" | "out licensing" | "licensing agreement" | "授权" | "授权许可" | "独家许可" | "许可",
        /// Option to license, exercisable later.
        Option => "option" | "option to license" | "option agreement" | "选择权",
        /// Asset put into a newly formed company.
        NewCo => "newco" | "new co" | "newco model" | "newco 模式" | "newco模式",
        /// Joint development and/or commercialisation.
        CoDevelopment => "co-development" | "co development and co commercialization" | "co development and co commercialisation" | "co commercialization" | "co commercialisation" | "joint development" | "合作开发" | "共同开发" | "共同商业化",
        /// Purchase of an asset or a company.
        Acquisition => "acquisition" | "asset acquisition" | "asset purchase" | "m a" | "merger" | "company acquisition" | "收购",
        /// Multi-asset research and licence collaboration.
        Collaboration => "collaboration" | "research collaboration" | "strategic collaboration" | "合作",
        /// Discovery platform collaboration with options.
        Platform => "platform" | "platform deal" | "platform collaboration" | "discovery collaboration" | "平台合作",
    }
}

vocabulary! {
    /// Development stage of an asset, earliest first.
    pub enum Phase {
        /// Before first-in-human (including IND-enabling).
        Preclinical => "preclinical" | "pre clinical" | "discovery" | "ind enabling" | "ind ready" | "临床前",
        /// Phase 1 (and phase 1/2, recorded at the lower phase).
        Phase1 => "phase 1" | "phase i" | "p1" | "ph1" | "phase 1a" | "phase 1b" | "phase 1 2" | "phase i ii" | "phase ia" | "phase ib" | "i期" | "1期" | "i期临床",
        /// Phase 2 (and phase 2/3, recorded at the lower phase).
        Phase2 => "phase 2" | "phase ii" | "p2" | "ph2" | "phase 2a" | "phase 2b" | "phase 2 3" | "phase ii iii" | "ii期" | "2期" | "ii期临床",
        /// Phase 3 / registrational.
        Phase3 => "phase 3" | "phase iii" | "p3" | "ph3" | "pivotal" | "registrational" | "iii期" | "3期" | "iii期临床",
        /// Marketing application filed (NDA, BLA, MAA).
        Filed => "filed" | "filing" | "nda" | "bla" | "nda filed" | "bla filed" | "under review" | "submitted" | "上市申请" | "已申报",
        /// Approved in at least one market.
        Approved => "approved" | "marketed" | "launched" | "commercial" | "已上市" | "获批",
    }
}

vocabulary! {
    /// Therapeutic area of an asset's lead indication.
    pub enum TherapeuticArea {
        /// Cancer.
        Oncology => "oncology" | "cancer" | "tumor" | "tumour" | "solid tumors" | "肿瘤",
        /// Autoimmune and inflammatory disease.
        Immunology => "immunology" | "autoimmune" | "inflammation" | "immunology and inflammation" | "i i" | "自身免疫" | "免疫",
        /// Cardiovascular and metabolic disease (obesity, diabetes, lipids).
        Cardiometabolic => "cardiometabolic" | "cardiovascular" | "metabolic" | "obesity" | "diabetes" | "心血管" | "代谢",
        /// Neurology and psychiatry.
        Neuroscience => "neuroscience" | "neurology" | "cns" | "psychiatry" | "神经",
        /// Infectious disease.
        InfectiousDisease => "infectious disease" | "infection" | "anti infective" | "感染",
        /// Eye disease.
        Ophthalmology => "ophthalmology" | "eye" | "眼科",
        /// Rare disease.
        RareDisease => "rare disease" | "orphan disease" | "罕见病",
        /// Blood disorders.
        Hematology => "hematology" | "haematology" | "血液",
        /// Respiratory disease.
        Respiratory => "respiratory" | "呼吸",
    }
}

vocabulary! {
    /// Where a deal stands.
    #[derive(Default)]
    pub enum DealStatus {
        /// Signed and announced; the default.
        #[default]
        Announced => "announced" | "signed" | "active",
        /// Closed / completed (conditions met, payments due).
        Completed => "completed" | "closed" | "closing" | "完成" | "交割",
        /// An option under the deal was exercised.
        OptionExercised => "option exercised" | "exercised",
        /// Amended or expanded after signing.
        Amended => "amended" | "expanded" | "amendment",
        /// Ended; rights returned.
        Terminated => "terminated" | "ended" | "rights returned" | "终止",
    }
}

vocabulary! {
    /// Language of a document.
    pub enum Language {
        /// English.
        English => "en" | "english" | "en us" | "en gb",
        /// Chinese, simplified or traditional.
        Chinese => "zh" | "chinese" | "zh cn" | "zh hans" | "zh hant" | "zh tw" | "zh hk" | "中文",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_folds_case_and_punctuation() {
        assert_eq!(
            normalize_spelling("  Antibody-Drug  Conjugate "),
            "antibody drug conjugate"
        );
        assert_eq!(normalize_spelling("CAR-T"), "car t");
        assert_eq!(normalize_spelling("Phase I/II"), "phase i ii");
        assert_eq!(normalize_spelling("双抗"), "双抗");
    }

    #[test]
    fn modality_spellings() {
        for (spelling, want) in [
            ("antibody-drug conjugate", Modality::Adc),
            ("ADCs", Modality::Adc),
            ("adc", Modality::Adc),
            ("Bispecific ADC", Modality::BispecificAdc),
            ("bispecific antibodies", Modality::BispecificAntibody),
            ("mAb", Modality::MonoclonalAntibody),
            ("small-molecule", Modality::SmallMolecule),
            ("CAR-T", Modality::CellTherapy),
            ("RNAi", Modality::SiRna),
            ("双抗", Modality::BispecificAntibody),
        ] {
            assert_eq!(Modality::parse(spelling), want, "{spelling}");
        }
    }

    #[test]
    fn unknown_spellings_are_kept_not_dropped() {
        let m = Modality::parse("  radioligand ");
        assert_eq!(m, Modality::Other("radioligand".into()));
        assert_eq!(m.label(), "radioligand");
        assert!(!m.is_known());
        assert_eq!(Modality::known("radioligand"), None);
        assert_eq!(Modality::known(""), None);
    }

    #[test]
    fn descriptions_are_classified_by_their_longest_known_words() {
        for (text, want) in [
            ("small molecule (oral)", Modality::SmallMolecule),
            (
                "bispecific antibody fusion protein",
                Modality::BispecificAntibody,
            ),
            ("TACI-Fc fusion protein (dual-target)", Modality::Protein),
            ("autologous CAR-T cell therapy", Modality::CellTherapy),
            ("peptide triple agonist", Modality::Peptide),
            ("siRNA (dual-target)", Modality::SiRna),
        ] {
            assert_eq!(Modality::classify(text), want, "{text}");
        }
        assert_eq!(
            Modality::classify("incretin (modality not disclosed)"),
            Modality::Other("incretin (modality not disclosed)".into())
        );
        // Whole words only: "adcs" inside another word does not count.
        assert!(!Modality::classify("madcap").is_known());
    }

    #[test]
    fn deal_type_and_phase_spellings() {
        assert_eq!(DealType::parse("Exclusive License"), DealType::License);
        assert_eq!(DealType::parse("co-development"), DealType::CoDevelopment);
        assert_eq!(DealType::parse("NewCo"), DealType::NewCo);
        assert_eq!(DealType::parse("M&A"), DealType::Acquisition);
        assert_eq!(DealType::parse("授权许可"), DealType::License);
        assert_eq!(Phase::parse("Phase I/II"), Phase::Phase1);
        assert_eq!(Phase::parse("phase 3"), Phase::Phase3);
        assert_eq!(Phase::parse("IND-enabling"), Phase::Preclinical);
        assert_eq!(Phase::parse("BLA filed"), Phase::Filed);
        assert_eq!(
            TherapeuticArea::parse("Oncology"),
            TherapeuticArea::Oncology
        );
        assert_eq!(
            TherapeuticArea::parse("rare disease"),
            TherapeuticArea::RareDisease
        );
    }

    #[test]
    fn phases_are_ordered_by_stage() {
        assert!(Phase::Preclinical < Phase::Phase1);
        assert!(Phase::Phase1 < Phase::Phase2);
        assert!(Phase::Phase3 < Phase::Filed);
        assert!(Phase::Filed < Phase::Approved);
    }

    #[test]
    fn labels_parse_back_to_themselves() {
        for m in Modality::KNOWN {
            assert_eq!(&Modality::parse(m.label()), m);
        }
        for d in DealType::KNOWN {
            assert_eq!(&DealType::parse(d.label()), d);
        }
        for p in Phase::KNOWN {
            assert_eq!(&Phase::parse(p.label()), p);
        }
        for t in TherapeuticArea::KNOWN {
            assert_eq!(&TherapeuticArea::parse(t.label()), t);
        }
    }

    #[test]
    fn synonyms_are_written_normalised_and_unambiguous() {
        fn check<T: PartialEq + std::fmt::Debug>(
            synonyms: &[(&str, &[&str])],
            known: impl Fn(&str) -> Option<T>,
            label_of: impl Fn(&str) -> T,
        ) {
            for (label, syns) in synonyms {
                for syn in *syns {
                    // A synonym must already be in normalised form, or it can never match.
                    assert_eq!(
                        normalize_spelling(syn),
                        *syn,
                        "synonym {syn:?} of {label:?}"
                    );
                    assert_eq!(
                        known(syn),
                        Some(label_of(label)),
                        "{syn:?} is claimed twice"
                    );
                }
            }
        }
        check(Modality::synonyms(), Modality::known, Modality::parse);
        check(DealType::synonyms(), DealType::known, DealType::parse);
        check(Phase::synonyms(), Phase::known, Phase::parse);
        check(
            TherapeuticArea::synonyms(),
            TherapeuticArea::known,
            TherapeuticArea::parse,
        );
        check(DealStatus::synonyms(), DealStatus::known, DealStatus::parse);
        check(Language::synonyms(), Language::known, Language::parse);
    }

    #[test]
    fn serde_uses_labels() {
        assert_eq!(serde_json::to_string(&Modality::Adc).unwrap(), "\"ADC\"");
        let other: Modality = serde_json::from_str("\"radioligand\"").unwrap();
        assert_eq!(other, Modality::Other("radioligand".into()));
    }
}
