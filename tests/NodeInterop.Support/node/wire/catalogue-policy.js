'use strict';
// Catalogue entries for signature policies and principals, collections, MSP configuration, legacy
// chaincode definitions and peer query results.
const { common, msp, peer } = require('@hyperledger/fabric-protos');
const { channelId, utf8, bytesOf } = require('./values');

function role(mspId, roleType) {
  const r = new common.MSPRole();
  r.setMspIdentifier(mspId);
  r.setRole(roleType);
  const principal = new common.MSPPrincipal();
  principal.setPrincipalClassification(common.MSPPrincipal.Classification.ROLE);
  principal.setPrincipal(bytesOf(r));
  return principal;
}

function signedBy(index) {
  const rule = new common.SignaturePolicy();
  rule.setSignedBy(index);
  return rule;
}

function nOutOf(n, rules) {
  const gate = new common.SignaturePolicy.NOutOf();
  gate.setN(n);
  gate.setRulesList(rules);
  const rule = new common.SignaturePolicy();
  rule.setNOutOf(gate);
  return rule;
}

// Two of: Insurer peer, Relief admin, (one of: Regulator member).
function signaturePolicyEnvelope() {
  const envelope = new common.SignaturePolicyEnvelope();
  envelope.setVersion(1);
  envelope.setRule(nOutOf(2, [signedBy(0), signedBy(1), nOutOf(1, [signedBy(2)])]));
  envelope.setIdentitiesList([
    role('InsurerMSP', common.MSPRole.MSPRoleType.PEER),
    role('ReliefMSP', common.MSPRole.MSPRoleType.ADMIN),
    role('RegulatorMSP', common.MSPRole.MSPRoleType.MEMBER),
  ]);
  return envelope;
}

/** Adds principals, application policies, collections and MSP configuration. */
function addPolicies(add, entry) {
  const policyEnvelope = entry('SignaturePolicyEnvelope');
  add('MSPRole', (() => {
    const m = new common.MSPRole();
    m.setMspIdentifier('ReliefMSP');
    m.setRole(common.MSPRole.MSPRoleType.ORDERER);
    return m;
  })());
  const ouPrincipal = add('MSPPrincipal.OrganizationUnit', (() => {
    const ou = new common.OrganizationUnit();
    ou.setMspIdentifier('InsurerMSP');
    ou.setOrganizationalUnitIdentifier('claims');
    ou.setCertifiersIdentifier(utf8('certifiers-hash'));
    const m = new common.MSPPrincipal();
    m.setPrincipalClassification(common.MSPPrincipal.Classification.ORGANIZATION_UNIT);
    m.setPrincipal(bytesOf(ou));
    return m;
  })());
  add('MSPPrincipal.Combined', (() => {
    const combined = new common.CombinedPrincipal();
    combined.setPrincipalsList([ouPrincipal, role('RegulatorMSP', common.MSPRole.MSPRoleType.CLIENT)]);
    const m = new common.MSPPrincipal();
    m.setPrincipalClassification(common.MSPPrincipal.Classification.COMBINED);
    m.setPrincipal(bytesOf(combined));
    return m;
  })());
  add('MSPIdentityAnonymity', (() => {
    const m = new common.MSPIdentityAnonymity();
    m.setAnonymityType(common.MSPIdentityAnonymity.MSPIdentityAnonymityType.ANONYMOUS);
    return m;
  })());
  add('ApplicationPolicy.Common', (() => {
    const m = new common.ApplicationPolicy();
    m.setChannelConfigPolicyReference('/Channel/Application/Endorsement');
    return m;
  })());
  add('ApplicationPolicy.Peer', (() => {
    const m = new peer.ApplicationPolicy();
    m.setSignaturePolicy(policyEnvelope);
    return m;
  })());
  add('CollectionConfigPackage', (() => {
    const memberPolicy = new peer.CollectionPolicyConfig();
    memberPolicy.setSignaturePolicy(policyEnvelope);
    const byReference = new peer.ApplicationPolicy();
    byReference.setChannelConfigPolicyReference('/Channel/Application/Endorsement');
    const medical = new peer.StaticCollectionConfig();
    medical.setName('medical');
    medical.setMemberOrgsPolicy(memberPolicy);
    medical.setRequiredPeerCount(1);
    medical.setMaximumPeerCount(3);
    medical.setBlockToLive(1000);
    medical.setMemberOnlyRead(true);
    medical.setMemberOnlyWrite(true);
    medical.setEndorsementPolicy(byReference);
    const bySignature = new peer.ApplicationPolicy();
    bySignature.setSignaturePolicy(policyEnvelope);
    const payouts = new peer.StaticCollectionConfig();
    payouts.setName('payouts');
    payouts.setMemberOrgsPolicy(memberPolicy);
    payouts.setRequiredPeerCount(2);
    payouts.setMaximumPeerCount(4);
    payouts.setBlockToLive(5);
    payouts.setEndorsementPolicy(bySignature);
    const first = new peer.CollectionConfig();
    first.setStaticCollectionConfig(medical);
    const second = new peer.CollectionConfig();
    second.setStaticCollectionConfig(payouts);
    const m = new peer.CollectionConfigPackage();
    m.setConfigList([first, second]);
    return m;
  })());
  const mspConfig = add('FabricMSPConfig', (() => {
    const ou = (name) => {
      const id = new msp.FabricOUIdentifier();
      id.setCertificate(utf8(`ca-cert-for-${name}`));
      id.setOrganizationalUnitIdentifier(name);
      return id;
    };
    const nodeOus = new msp.FabricNodeOUs();
    nodeOus.setEnable(true);
    nodeOus.setClientOuIdentifier(ou('client'));
    nodeOus.setPeerOuIdentifier(ou('peer'));
    nodeOus.setAdminOuIdentifier(ou('admin'));
    nodeOus.setOrdererOuIdentifier(ou('orderer'));
    const key = new msp.KeyInfo();
    key.setKeyIdentifier('signer-key');
    key.setKeyMaterial(utf8('private-key-pem'));
    const signer = new msp.SigningIdentityInfo();
    signer.setPublicSigner(utf8('signer-cert-pem'));
    signer.setPrivateSigner(key);
    const crypto = new msp.FabricCryptoConfig();
    crypto.setSignatureHashFamily('SHA2');
    crypto.setIdentityIdentifierHashFunction('SHA256');
    const m = new msp.FabricMSPConfig();
    m.setName('InsurerMSP');
    m.setRootCertsList([utf8('root-ca-pem')]);
    m.setIntermediateCertsList([utf8('intermediate-ca-pem')]);
    m.setAdminsList([utf8('admin-cert-pem')]);
    m.setRevocationListList([utf8('crl-pem')]);
    m.setSigningIdentity(signer);
    m.setOrganizationalUnitIdentifiersList([ou('claims')]);
    m.setCryptoConfig(crypto);
    m.setTlsRootCertsList([utf8('tls-root-ca-pem')]);
    m.setTlsIntermediateCertsList([utf8('tls-intermediate-ca-pem')]);
    m.setFabricNodeOus(nodeOus);
    return m;
  })());
  add('MSPConfig', (() => {
    const m = new msp.MSPConfig();
    m.setType(0);
    m.setConfig(bytesOf(mspConfig));
    return m;
  })());
}

/** Adds legacy lifecycle definitions and peer query results. */
function addChaincodeDefinitions(add, entry) {
  const spec = entry('ChaincodeSpec');
  const policyEnvelope = entry('SignaturePolicyEnvelope');
  add('ChaincodeDeploymentSpec', (() => {
    const m = new peer.ChaincodeDeploymentSpec();
    m.setChaincodeSpec(spec);
    m.setCodePackage(utf8('code-package-tar-gz'));
    return m;
  })());
  add('LifecycleEvent', (() => {
    const m = new peer.LifecycleEvent();
    m.setChaincodeName('mutualaid');
    return m;
  })());
  add('CDSData', (() => {
    const m = new peer.CDSData();
    m.setHash(utf8('code-hash'));
    m.setMetadatahash(utf8('metadata-hash'));
    return m;
  })());
  add('ChaincodeData', (() => {
    const m = new peer.ChaincodeData();
    m.setName('mutualaid');
    m.setVersion('1.2');
    m.setEscc('escc');
    m.setVscc('vscc');
    m.setPolicy(policyEnvelope);
    m.setData(utf8('package-data'));
    m.setId(utf8('package-id'));
    m.setInstantiationPolicy(policyEnvelope);
    return m;
  })());
  add('ChaincodeQueryResponse', (() => {
    const info = new peer.ChaincodeInfo();
    info.setName('mutualaid');
    info.setVersion('1.2');
    info.setPath('github.com/mutualaid/chaincode');
    info.setInput('input');
    info.setEscc('escc');
    info.setVscc('vscc');
    info.setId(utf8('package-id'));
    const m = new peer.ChaincodeQueryResponse();
    m.setChaincodesList([info]);
    return m;
  })());
  add('ChannelQueryResponse', (() => {
    const info = new peer.ChannelInfo();
    info.setChannelId(channelId);
    const m = new peer.ChannelQueryResponse();
    m.setChannelsList([info]);
    return m;
  })());
  add('JoinBySnapshotStatus', (() => {
    const m = new peer.JoinBySnapshotStatus();
    m.setInProgress(true);
    m.setBootstrappingSnapshotDir('/var/snapshots/40');
    return m;
  })());
}

module.exports = { addPolicies, addChaincodeDefinitions, signaturePolicyEnvelope };
