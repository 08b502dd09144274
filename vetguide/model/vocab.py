"""Closed vocabularies shared by the catalogue, the profile and the recommender."""

from __future__ import annotations

from enum import StrEnum


class OrganisationType(StrEnum):
    VET_PROVIDER = "vet_provider"
    GENERAL_SCHOOL = "general_school"
    ADULT_EDUCATION_PROVIDER = "adult_education_provider"
    HIGHER_EDUCATION = "higher_education"
    TEACHER_TRAINING_INSTITUTE = "teacher_training_institute"
    COMPANY = "company"
    PUBLIC_AUTHORITY = "public_authority"
    CHAMBER_OR_SECTOR_BODY = "chamber_or_sector_body"
    NGO = "ngo"


class Goal(StrEnum):
    LEARNER_MOBILITY = "learner_mobility"
    STAFF_MOBILITY = "staff_mobility"
    HOST_EXPERTS = "host_experts"
    DEVELOP_PRACTICES = "develop_practices"
    WORK_BASED_LEARNING = "work_based_learning"
    EU_TEACHING = "eu_teaching"
    EU_TEACHER_TRAINING = "eu_teacher_training"
    VOCATIONAL_EXCELLENCE = "vocational_excellence"
    SECTOR_SKILLS = "sector_skills"
    THIRD_COUNTRY_COOPERATION = "third_country_cooperation"
    DIGITAL = "digital"
    GREEN = "green"
    INCLUSION = "inclusion"


class Experience(StrEnum):
    NEWCOMER = "newcomer"
    SOME = "some"
    EXPERIENCED = "experienced"


class Family(StrEnum):
    """The six families of Erasmus+ actions open to VET organisations."""

    MOBILITY = "mobility"
    PARTNERSHIPS = "partnerships"
    JEAN_MONNET = "jean_monnet"
    COVE = "cove"
    ALLIANCES = "alliances"
    CAPACITY_BUILDING = "capacity_building"


class SubmitTo(StrEnum):
    NATIONAL_AGENCY = "national_agency"
    EACEA = "eacea"


class CountryStatus(StrEnum):
    EU = "eu"
    ASSOCIATED = "associated"
    NON_ASSOCIATED = "non_associated"


class SourceKind(StrEnum):
    OFFICIAL = "official"
    NATIONAL_AGENCY = "national_agency"
    THIRD_PARTY = "third_party"


class Verdict(StrEnum):
    ELIGIBLE = "eligible"
    CONDITIONAL = "conditional"
    INELIGIBLE = "ineligible"


class Outcome(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class PartnerRole(StrEnum):
    """The two ways an organisation other than the applicant can join a project."""

    FULL_PARTNER = "full_partner"
    ASSOCIATED_PARTNER = "associated_partner"


class Role(StrEnum):
    APPLICANT = "applicant"
    PARTNER = "partner"
