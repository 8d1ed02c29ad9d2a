// Messages about the legal basis of shared data, consents and statutes (issue 6).
export const legalEn = {
  consentNeedsConsentBasis: 'Only data shared on consent can name a consent.',
  consentRequired: 'Choose the consent it is shared on.',
  consentNotLive: 'This consent has been withdrawn or has expired.',
  consentScope: 'This consent does not cover this kind of data.',
  consentAgency: 'This consent does not name this agency.',
  statuteRequired: 'Choose the statute it is shared under.',
  unknownStatute: 'Not one of the statutes Tavla is set up with. Choose one from the list.',
  statuteOnlyForOtherStatute: 'A statute can only be named when the legal basis is another statute.',
  expiresBeforeGiven: 'The expiry date must be after the day the consent was given.',
  alreadyWithdrawn: 'This consent has already been withdrawn.',
  noAgency: 'Only users who work at an agency can share information.',
  policeOnly: 'Only the police share information under §115.',
  police115NoExport: 'The picture would show ties the police shared under §115, which may not be passed on. Nothing was exported.',
  unexportableNoExport: 'The picture would show ties shared on a consent or under another statute, which you may not pass on. Nothing was exported.',
};
