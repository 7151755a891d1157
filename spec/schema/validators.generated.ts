/* Generated from spec/schema/site.schema.json by `npm run gen:types`. Do not edit. */
/* eslint-disable */
// @ts-nocheck
"use strict";
exports.site = validate40;
const schema21 = {"type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string","const":"aisite.dev/v1alpha1"},"kind":{"type":"string","enum":["MicroDataCenter","NationalAiCenter"]},"metadata":{"$ref":"#/definitions/Metadata"},"spec":{"$ref":"#/definitions/SiteSpec"}}};
const schema13 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/DnsLabel","description":"Site name, a DNS label unique across all sites."},"region":{"type":"string","minLength":1,"maxLength":100,"description":"Region or city the site is in."},"operator":{"type":"string","minLength":1,"maxLength":200,"description":"Who runs the site."},"labels":{"type":"object","description":"Free-form labels, copied onto every deployed object as aisite.label.<key>.","additionalProperties":{"type":"string","maxLength":200},"propertyNames":{"pattern":"^[a-z0-9]([-a-z0-9_.]{0,61}[a-z0-9])?$"}},"suppressions":{"type":"array","maxItems":1000,"description":"Findings of this site accepted on purpose, each with the reason. Suppressed findings do not fail validation but stay visible in every report format.","items":{"$ref":"#/definitions/Suppression"}}}};
const schema14 = {"type":"string","description":"A DNS label: lowercase letters, digits and '-', starting with a letter, ending with a letter or digit, at most 63 characters.","pattern":"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"};
const schema15 = {"type":"object","additionalProperties":false,"required":["code"],"description":"Accepts the findings of one code (on one target, when given) with a reason.","properties":{"code":{"type":"string","pattern":"^AIS[0-9]{3}$","description":"Finding code to accept, e.g. AIS802. File and schema codes (AIS0xx, AIS1xx) and the suppression codes (AIS95x) cannot be suppressed."},"reason":{"type":"string","maxLength":500,"description":"Why the finding is accepted. Required: a suppression without a reason is an error finding (AIS950)."},"target":{"type":"string","minLength":1,"maxLength":128,"description":"Only findings about this object: a cabinet, cabinet/node group, fabric, pool or tenant name. Default: every finding of the code in this site."},"expires":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","description":"Last day the suppression applies (YYYY-MM-DD); after it the finding counts again. Default: never expires."}}};
const pattern0 = new RegExp("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
const pattern1 = new RegExp("^[a-z0-9]([-a-z0-9_.]{0,61}[a-z0-9])?$", "u");
const pattern2 = new RegExp("^AIS[0-9]{3}$", "u");
const pattern3 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "region")) || (key0 === "operator")) || (key0 === "labels")) || (key0 === "suppressions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.region !== undefined){
let data1 = data.region;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err4 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema13.properties.region,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.region,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.region.type,parentSchema:schema13.properties.region,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.operator !== undefined){
let data2 = data.operator;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err7 = {instancePath:instancePath+"/operator",schemaPath:"#/properties/operator/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema13.properties.operator,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/operator",schemaPath:"#/properties/operator/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.operator,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/operator",schemaPath:"#/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.operator.type,parentSchema:schema13.properties.operator,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.labels !== undefined){
let data3 = data.labels;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs11 = errors;
if(typeof key1 === "string"){
if(!pattern1.test(key1)){
const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9_.]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9_.]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9_.]{0,61}[a-z0-9])?$",parentSchema:schema13.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema13.properties.labels.propertyNames,parentSchema:schema13.properties.labels,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 === "string"){
if(func2(data4) > 200){
const err12 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema13.properties.labels.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.labels.additionalProperties.type,parentSchema:schema13.properties.labels.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.labels.type,parentSchema:schema13.properties.labels,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.suppressions !== undefined){
let data5 = data.suppressions;
if(Array.isArray(data5)){
if(data5.length > 1000){
const err15 = {instancePath:instancePath+"/suppressions",schemaPath:"#/properties/suppressions/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema13.properties.suppressions,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err16 = {instancePath:instancePath+"/suppressions/" + i0,schemaPath:"#/definitions/Suppression/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema15.required,parentSchema:schema15,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data6){
if(!((((key3 === "code") || (key3 === "reason")) || (key3 === "target")) || (key3 === "expires"))){
const err17 = {instancePath:instancePath+"/suppressions/" + i0,schemaPath:"#/definitions/Suppression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.code !== undefined){
let data7 = data6.code;
if(typeof data7 === "string"){
if(!pattern2.test(data7)){
const err18 = {instancePath:instancePath+"/suppressions/" + i0+"/code",schemaPath:"#/definitions/Suppression/properties/code/pattern",keyword:"pattern",params:{pattern: "^AIS[0-9]{3}$"},message:"must match pattern \""+"^AIS[0-9]{3}$"+"\"",schema:"^AIS[0-9]{3}$",parentSchema:schema15.properties.code,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/suppressions/" + i0+"/code",schemaPath:"#/definitions/Suppression/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.code.type,parentSchema:schema15.properties.code,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.reason !== undefined){
let data8 = data6.reason;
if(typeof data8 === "string"){
if(func2(data8) > 500){
const err20 = {instancePath:instancePath+"/suppressions/" + i0+"/reason",schemaPath:"#/definitions/Suppression/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema15.properties.reason,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/suppressions/" + i0+"/reason",schemaPath:"#/definitions/Suppression/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.reason.type,parentSchema:schema15.properties.reason,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.target !== undefined){
let data9 = data6.target;
if(typeof data9 === "string"){
if(func2(data9) > 128){
const err22 = {instancePath:instancePath+"/suppressions/" + i0+"/target",schemaPath:"#/definitions/Suppression/properties/target/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema15.properties.target,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data9) < 1){
const err23 = {instancePath:instancePath+"/suppressions/" + i0+"/target",schemaPath:"#/definitions/Suppression/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.target,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/suppressions/" + i0+"/target",schemaPath:"#/definitions/Suppression/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.target.type,parentSchema:schema15.properties.target,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.expires !== undefined){
let data10 = data6.expires;
if(typeof data10 === "string"){
if(!pattern3.test(data10)){
const err25 = {instancePath:instancePath+"/suppressions/" + i0+"/expires",schemaPath:"#/definitions/Suppression/properties/expires/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",parentSchema:schema15.properties.expires,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/suppressions/" + i0+"/expires",schemaPath:"#/definitions/Suppression/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.expires.type,parentSchema:schema15.properties.expires,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/suppressions/" + i0,schemaPath:"#/definitions/Suppression/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/suppressions",schemaPath:"#/properties/suppressions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.suppressions.type,parentSchema:schema13.properties.suppressions,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"object","additionalProperties":false,"required":["cabinets"],"properties":{"airGapped":{"type":"boolean","default":false,"description":"No route to any outside network."},"dockerHost":{"type":"string","pattern":"^(unix|tcp|ssh)://","description":"Docker engine for the site. Default: the local engine."},"dockerCertPath":{"type":"string","minLength":1,"description":"Folder with ca.pem, cert.pem and key.pem (Docker's DOCKER_CERT_PATH) for a tcp:// dockerHost with TLS."},"state":{"$ref":"#/definitions/StateBackend"},"target":{"$ref":"#/definitions/DeployTarget"},"cabinets":{"type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/Cabinet"}},"fabrics":{"type":"array","maxItems":64,"items":{"$ref":"#/definitions/Fabric"}},"pools":{"type":"array","maxItems":256,"items":{"$ref":"#/definitions/Pool"}},"tenants":{"type":"array","maxItems":1024,"items":{"$ref":"#/definitions/Tenant"}},"uplinks":{"type":"array","maxItems":256,"items":{"$ref":"#/definitions/Uplink"}},"targets":{"$ref":"#/definitions/Targets"},"ownership":{"$ref":"#/definitions/Ownership"},"twin":{"$ref":"#/definitions/TwinSettings"}}};
const schema23 = {"type":"object","additionalProperties":false,"description":"Where Terraform keeps the site's state. The connection string of the pg backend comes from the environment (PG_CONN_STR), never from the spec.","properties":{"backend":{"type":"string","enum":["local","pg"],"default":"local","description":"local: a file under --state-dir; pg: Terraform's PostgreSQL backend, shared by a team."},"schema":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","description":"PostgreSQL schema of the site's state. Default: aisite_ plus the site name with - as _."}}};
const schema24 = {"type":"string","enum":["docker","swarm"],"default":"docker","description":"Where node groups run: docker (default), containers on the engine; swarm, each node group of a pool becomes a Docker Swarm service (replicas, placement on node labels, generic resource reservations) on overlay networks. Set on the site (spec.target) or on a pool; a pool's own target wins."};
const schema43 = {"type":"object","additionalProperties":false,"required":["public","private"],"description":"Shares of the special-purpose company operating the center; they must sum to 1.","properties":{"public":{"type":"number","minimum":0,"maximum":1},"private":{"type":"number","minimum":0,"maximum":1}}};
const func10 = Object.prototype.hasOwnProperty;
const pattern6 = new RegExp("^(unix|tcp|ssh)://", "u");
const pattern7 = new RegExp("^[a-z_][a-z0-9_]{0,62}$", "u");
const schema25 = {"type":"object","additionalProperties":false,"required":["name","rackUnits","powerBudgetKw","cooling","nodeGroups"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"count":{"type":"integer","minimum":1,"maximum":100000,"default":1,"description":"Identical cabinets described by this entry."},"rackUnits":{"type":"integer","minimum":1,"maximum":60},"powerBudgetKw":{"type":"number","exclusiveMinimum":0,"maximum":1000},"cooling":{"type":"string","enum":["air","rear-door","direct-liquid","immersion"]},"dockerHost":{"type":"string","pattern":"^(unix|tcp|ssh)://","description":"Docker engine for this cabinet's containers (unix://, tcp://, ssh://). Default: the site's dockerHost."},"dockerCertPath":{"type":"string","minLength":1,"description":"Folder with ca.pem, cert.pem and key.pem (Docker's DOCKER_CERT_PATH) for a tcp:// dockerHost with TLS. Default: the site's dockerCertPath when the cabinet uses the site's host."},"nodeGroups":{"type":"array","minItems":1,"maxItems":64,"items":{"$ref":"#/definitions/NodeGroup"}}}};
const schema27 = {"type":"object","additionalProperties":false,"required":["name","count","accelerator","acceleratorsPerNode"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"count":{"type":"integer","minimum":1,"maximum":256,"description":"Servers of this group in each cabinet."},"accelerator":{"type":"string","minLength":1,"maxLength":100,"description":"Accelerator id from the catalog, e.g. furiosa-rngd."},"acceleratorsPerNode":{"type":"integer","minimum":1,"maximum":64},"serverProfile":{"type":"string","minLength":1,"maxLength":100,"description":"Server profile id from the catalog. Default: the accelerator's default profile when it holds acceleratorsPerNode (at rackUnitsPerNode's height, when given), else the smallest catalog profile that does."},"rackUnitsPerNode":{"type":"integer","minimum":1,"maximum":20,"description":"Rack units per server. Default: from the server profile."},"powerKwPerNode":{"type":"number","exclusiveMinimum":0,"maximum":200,"description":"Maximum power per server in kW. Default: accelerators x TDP + the profile's host overhead."}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.count === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.accelerator === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accelerator"},message:"must have required property '"+"accelerator"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.acceleratorsPerNode === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "acceleratorsPerNode"},message:"must have required property '"+"acceleratorsPerNode"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "count")) || (key0 === "accelerator")) || (key0 === "acceleratorsPerNode")) || (key0 === "serverProfile")) || (key0 === "rackUnitsPerNode")) || (key0 === "powerKwPerNode"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.count !== undefined){
let data1 = data.count;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.count.type,parentSchema:schema27.properties.count,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 256 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256",schema:256,parentSchema:schema27.properties.count,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27.properties.count,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.accelerator !== undefined){
let data2 = data.accelerator;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err10 = {instancePath:instancePath+"/accelerator",schemaPath:"#/properties/accelerator/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema27.properties.accelerator,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data2) < 1){
const err11 = {instancePath:instancePath+"/accelerator",schemaPath:"#/properties/accelerator/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.accelerator,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/accelerator",schemaPath:"#/properties/accelerator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.accelerator.type,parentSchema:schema27.properties.accelerator,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.acceleratorsPerNode !== undefined){
let data3 = data.acceleratorsPerNode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/acceleratorsPerNode",schemaPath:"#/properties/acceleratorsPerNode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.acceleratorsPerNode.type,parentSchema:schema27.properties.acceleratorsPerNode,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 64 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/acceleratorsPerNode",schemaPath:"#/properties/acceleratorsPerNode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema27.properties.acceleratorsPerNode,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/acceleratorsPerNode",schemaPath:"#/properties/acceleratorsPerNode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27.properties.acceleratorsPerNode,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.serverProfile !== undefined){
let data4 = data.serverProfile;
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err16 = {instancePath:instancePath+"/serverProfile",schemaPath:"#/properties/serverProfile/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema27.properties.serverProfile,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data4) < 1){
const err17 = {instancePath:instancePath+"/serverProfile",schemaPath:"#/properties/serverProfile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.serverProfile,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/serverProfile",schemaPath:"#/properties/serverProfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.serverProfile.type,parentSchema:schema27.properties.serverProfile,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.rackUnitsPerNode !== undefined){
let data5 = data.rackUnitsPerNode;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/rackUnitsPerNode",schemaPath:"#/properties/rackUnitsPerNode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.rackUnitsPerNode.type,parentSchema:schema27.properties.rackUnitsPerNode,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 20 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/rackUnitsPerNode",schemaPath:"#/properties/rackUnitsPerNode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema27.properties.rackUnitsPerNode,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/rackUnitsPerNode",schemaPath:"#/properties/rackUnitsPerNode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27.properties.rackUnitsPerNode,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.powerKwPerNode !== undefined){
let data6 = data.powerKwPerNode;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 200 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/powerKwPerNode",schemaPath:"#/properties/powerKwPerNode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema27.properties.powerKwPerNode,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/powerKwPerNode",schemaPath:"#/properties/powerKwPerNode/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema27.properties.powerKwPerNode,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/powerKwPerNode",schemaPath:"#/properties/powerKwPerNode/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.powerKwPerNode.type,parentSchema:schema27.properties.powerKwPerNode,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rackUnits === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rackUnits"},message:"must have required property '"+"rackUnits"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.powerBudgetKw === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "powerBudgetKw"},message:"must have required property '"+"powerBudgetKw"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.cooling === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cooling"},message:"must have required property '"+"cooling"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.nodeGroups === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodeGroups"},message:"must have required property '"+"nodeGroups"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "count")) || (key0 === "rackUnits")) || (key0 === "powerBudgetKw")) || (key0 === "cooling")) || (key0 === "dockerHost")) || (key0 === "dockerCertPath")) || (key0 === "nodeGroups"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.count !== undefined){
let data1 = data.count;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.count.type,parentSchema:schema25.properties.count,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100000 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema25.properties.count,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25.properties.count,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.rackUnits !== undefined){
let data2 = data.rackUnits;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/rackUnits",schemaPath:"#/properties/rackUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.rackUnits.type,parentSchema:schema25.properties.rackUnits,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 60 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/rackUnits",schemaPath:"#/properties/rackUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema25.properties.rackUnits,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/rackUnits",schemaPath:"#/properties/rackUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25.properties.rackUnits,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.powerBudgetKw !== undefined){
let data3 = data.powerBudgetKw;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/powerBudgetKw",schemaPath:"#/properties/powerBudgetKw/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema25.properties.powerBudgetKw,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/powerBudgetKw",schemaPath:"#/properties/powerBudgetKw/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema25.properties.powerBudgetKw,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/powerBudgetKw",schemaPath:"#/properties/powerBudgetKw/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.properties.powerBudgetKw.type,parentSchema:schema25.properties.powerBudgetKw,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.cooling !== undefined){
let data4 = data.cooling;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/cooling",schemaPath:"#/properties/cooling/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.cooling.type,parentSchema:schema25.properties.cooling,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((data4 === "air") || (data4 === "rear-door")) || (data4 === "direct-liquid")) || (data4 === "immersion"))){
const err18 = {instancePath:instancePath+"/cooling",schemaPath:"#/properties/cooling/enum",keyword:"enum",params:{allowedValues: schema25.properties.cooling.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.cooling.enum,parentSchema:schema25.properties.cooling,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.dockerHost !== undefined){
let data5 = data.dockerHost;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err19 = {instancePath:instancePath+"/dockerHost",schemaPath:"#/properties/dockerHost/pattern",keyword:"pattern",params:{pattern: "^(unix|tcp|ssh)://"},message:"must match pattern \""+"^(unix|tcp|ssh)://"+"\"",schema:"^(unix|tcp|ssh)://",parentSchema:schema25.properties.dockerHost,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/dockerHost",schemaPath:"#/properties/dockerHost/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.dockerHost.type,parentSchema:schema25.properties.dockerHost,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.dockerCertPath !== undefined){
let data6 = data.dockerCertPath;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/dockerCertPath",schemaPath:"#/properties/dockerCertPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.dockerCertPath,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/dockerCertPath",schemaPath:"#/properties/dockerCertPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.dockerCertPath.type,parentSchema:schema25.properties.dockerCertPath,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.nodeGroups !== undefined){
let data7 = data.nodeGroups;
if(Array.isArray(data7)){
if(data7.length > 64){
const err23 = {instancePath:instancePath+"/nodeGroups",schemaPath:"#/properties/nodeGroups/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema25.properties.nodeGroups,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7.length < 1){
const err24 = {instancePath:instancePath+"/nodeGroups",schemaPath:"#/properties/nodeGroups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.properties.nodeGroups,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data7[i0], {instancePath:instancePath+"/nodeGroups/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/nodeGroups",schemaPath:"#/properties/nodeGroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.nodeGroups.type,parentSchema:schema25.properties.nodeGroups,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"object","additionalProperties":false,"required":["name","purpose","linkGbps","subnet","topology"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"purpose":{"type":"string","enum":["compute","storage","management"]},"linkGbps":{"type":"number","exclusiveMinimum":0,"maximum":3200},"subnet":{"$ref":"#/definitions/Cidr"},"topology":{"type":"string","enum":["rail-optimized","leaf-spine","flat"]},"oversubscription":{"type":"number","minimum":1,"maximum":16,"default":1,"description":"Leaf downlink to uplink bandwidth ratio; 1 is non-blocking."},"switchRadix":{"type":"integer","minimum":4,"maximum":1024,"default":64,"description":"Ports per switch at linkGbps."},"egress":{"type":"boolean","default":false,"description":"Whether this fabric routes to networks outside the site."},"nodeGroups":{"type":"array","description":"Node groups attached, as cabinet/nodeGroup. Default: every node group of the site.","maxItems":1024,"items":{"type":"string","pattern":"^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$"}}}};
const schema31 = {"type":"string","description":"An IPv4 network in CIDR notation, e.g. 10.40.0.0/22.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"};
const pattern12 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", "u");
const pattern13 = new RegExp("^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.purpose === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.linkGbps === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "linkGbps"},message:"must have required property '"+"linkGbps"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subnet === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subnet"},message:"must have required property '"+"subnet"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.topology === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "topology"},message:"must have required property '"+"topology"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema29.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.purpose !== undefined){
let data1 = data.purpose;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.purpose.type,parentSchema:schema29.properties.purpose,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data1 === "compute") || (data1 === "storage")) || (data1 === "management"))){
const err9 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/enum",keyword:"enum",params:{allowedValues: schema29.properties.purpose.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.purpose.enum,parentSchema:schema29.properties.purpose,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.linkGbps !== undefined){
let data2 = data.linkGbps;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 3200 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/linkGbps",schemaPath:"#/properties/linkGbps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3200},message:"must be <= 3200",schema:3200,parentSchema:schema29.properties.linkGbps,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/linkGbps",schemaPath:"#/properties/linkGbps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema29.properties.linkGbps,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/linkGbps",schemaPath:"#/properties/linkGbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.linkGbps.type,parentSchema:schema29.properties.linkGbps,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.subnet !== undefined){
let data3 = data.subnet;
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err13 = {instancePath:instancePath+"/subnet",schemaPath:"#/definitions/Cidr/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/subnet",schemaPath:"#/definitions/Cidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.topology !== undefined){
let data4 = data.topology;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/topology",schemaPath:"#/properties/topology/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.topology.type,parentSchema:schema29.properties.topology,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((data4 === "rail-optimized") || (data4 === "leaf-spine")) || (data4 === "flat"))){
const err16 = {instancePath:instancePath+"/topology",schemaPath:"#/properties/topology/enum",keyword:"enum",params:{allowedValues: schema29.properties.topology.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.topology.enum,parentSchema:schema29.properties.topology,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.oversubscription !== undefined){
let data5 = data.oversubscription;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 16 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/oversubscription",schemaPath:"#/properties/oversubscription/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema29.properties.oversubscription,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/oversubscription",schemaPath:"#/properties/oversubscription/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.properties.oversubscription,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/oversubscription",schemaPath:"#/properties/oversubscription/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.oversubscription.type,parentSchema:schema29.properties.oversubscription,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.switchRadix !== undefined){
let data6 = data.switchRadix;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err20 = {instancePath:instancePath+"/switchRadix",schemaPath:"#/properties/switchRadix/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.switchRadix.type,parentSchema:schema29.properties.switchRadix,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1024 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/switchRadix",schemaPath:"#/properties/switchRadix/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024},message:"must be <= 1024",schema:1024,parentSchema:schema29.properties.switchRadix,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6 < 4 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/switchRadix",schemaPath:"#/properties/switchRadix/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4",schema:4,parentSchema:schema29.properties.switchRadix,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.egress !== undefined){
let data7 = data.egress;
if(typeof data7 !== "boolean"){
const err23 = {instancePath:instancePath+"/egress",schemaPath:"#/properties/egress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.egress.type,parentSchema:schema29.properties.egress,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.nodeGroups !== undefined){
let data8 = data.nodeGroups;
if(Array.isArray(data8)){
if(data8.length > 1024){
const err24 = {instancePath:instancePath+"/nodeGroups",schemaPath:"#/properties/nodeGroups/maxItems",keyword:"maxItems",params:{limit: 1024},message:"must NOT have more than 1024 items",schema:1024,parentSchema:schema29.properties.nodeGroups,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(!pattern13.test(data9)){
const err25 = {instancePath:instancePath+"/nodeGroups/" + i0,schemaPath:"#/properties/nodeGroups/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$"},message:"must match pattern \""+"^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$"+"\"",schema:"^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$",parentSchema:schema29.properties.nodeGroups.items,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/nodeGroups/" + i0,schemaPath:"#/properties/nodeGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.nodeGroups.items.type,parentSchema:schema29.properties.nodeGroups.items,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/nodeGroups",schemaPath:"#/properties/nodeGroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.nodeGroups.type,parentSchema:schema29.properties.nodeGroups,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","additionalProperties":false,"required":["name","nodeGroups"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"nodeGroups":{"type":"array","minItems":1,"maxItems":1024,"description":"Node groups whose accelerators form the pool, as cabinet/nodeGroup.","items":{"type":"string","pattern":"^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$"}},"target":{"$ref":"#/definitions/DeployTarget"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.nodeGroups === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodeGroups"},message:"must have required property '"+"nodeGroups"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "nodeGroups")) || (key0 === "target"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.nodeGroups !== undefined){
let data1 = data.nodeGroups;
if(Array.isArray(data1)){
if(data1.length > 1024){
const err5 = {instancePath:instancePath+"/nodeGroups",schemaPath:"#/properties/nodeGroups/maxItems",keyword:"maxItems",params:{limit: 1024},message:"must NOT have more than 1024 items",schema:1024,parentSchema:schema32.properties.nodeGroups,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/nodeGroups",schemaPath:"#/properties/nodeGroups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.nodeGroups,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern13.test(data2)){
const err7 = {instancePath:instancePath+"/nodeGroups/" + i0,schemaPath:"#/properties/nodeGroups/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$"},message:"must match pattern \""+"^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$"+"\"",schema:"^[a-z][-a-z0-9]*/[a-z][-a-z0-9]*$",parentSchema:schema32.properties.nodeGroups.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/nodeGroups/" + i0,schemaPath:"#/properties/nodeGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.nodeGroups.items.type,parentSchema:schema32.properties.nodeGroups.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/nodeGroups",schemaPath:"#/properties/nodeGroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.nodeGroups.type,parentSchema:schema32.properties.nodeGroups,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.target !== undefined){
let data3 = data.target;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/DeployTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data3 === "docker") || (data3 === "swarm"))){
const err11 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/DeployTarget/enum",keyword:"enum",params:{allowedValues: schema24.enum},message:"must be equal to one of the allowed values",schema:schema24.enum,parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema35 = {"type":"object","additionalProperties":false,"required":["name","pool","guaranteed"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"pool":{"$ref":"#/definitions/DnsLabel"},"guaranteed":{"type":"integer","minimum":0,"maximum":10000000,"description":"Accelerators always available to the tenant."},"limit":{"type":"integer","minimum":0,"maximum":10000000,"description":"Ceiling when borrowing idle capacity. Default: guaranteed."},"weight":{"type":"number","exclusiveMinimum":0,"maximum":1000,"default":1,"description":"Share of the unguaranteed capacity, relative to other tenants of the pool."}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pool === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pool"},message:"must have required property '"+"pool"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.guaranteed === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "guaranteed"},message:"must have required property '"+"guaranteed"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "pool")) || (key0 === "guaranteed")) || (key0 === "limit")) || (key0 === "weight"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.pool !== undefined){
let data1 = data.pool;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/pool",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/pool",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.guaranteed !== undefined){
let data2 = data.guaranteed;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/guaranteed",schemaPath:"#/properties/guaranteed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.guaranteed.type,parentSchema:schema35.properties.guaranteed,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 10000000 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/guaranteed",schemaPath:"#/properties/guaranteed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema35.properties.guaranteed,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/guaranteed",schemaPath:"#/properties/guaranteed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.guaranteed,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.limit !== undefined){
let data3 = data.limit;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.limit.type,parentSchema:schema35.properties.limit,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 10000000 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema35.properties.limit,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.limit,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.weight !== undefined){
let data4 = data.weight;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema35.properties.weight,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema35.properties.weight,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema35.properties.weight.type,parentSchema:schema35.properties.weight,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","additionalProperties":false,"required":["name","peer","gbps"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"peer":{"$ref":"#/definitions/DnsLabel","description":"metadata.name of the site at the other end."},"gbps":{"type":"number","exclusiveMinimum":0,"maximum":100000}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.peer === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "peer"},message:"must have required property '"+"peer"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.gbps === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gbps"},message:"must have required property '"+"gbps"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "peer")) || (key0 === "gbps"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.peer !== undefined){
let data1 = data.peer;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/peer",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/peer",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.gbps !== undefined){
let data2 = data.gbps;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100000 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/gbps",schemaPath:"#/properties/gbps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema38.properties.gbps,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/gbps",schemaPath:"#/properties/gbps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema38.properties.gbps,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/gbps",schemaPath:"#/properties/gbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.gbps.type,parentSchema:schema38.properties.gbps,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema41 = {"type":"object","additionalProperties":false,"properties":{"exaflops":{"type":"number","exclusiveMinimum":0,"maximum":100000,"description":"Peak exaFLOPS the center must reach at `precision`."},"precision":{"$ref":"#/definitions/Precision","default":"fp64"},"domesticAcceleratorShare":{"type":"number","minimum":0,"maximum":1,"description":"Share of accelerators (by count) that must be domestic."},"year":{"type":"integer","minimum":2020,"maximum":2100,"description":"Year the targets refer to."}}};
const schema42 = {"type":"string","description":"A numeric precision for peak-throughput figures.","enum":["fp64","fp32","tf32","bf16","fp16","fp8","int8","fp4"]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "exaflops") || (key0 === "precision")) || (key0 === "domesticAcceleratorShare")) || (key0 === "year"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.exaflops !== undefined){
let data0 = data.exaflops;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100000 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/exaflops",schemaPath:"#/properties/exaflops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema41.properties.exaflops,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 <= 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/exaflops",schemaPath:"#/properties/exaflops/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema41.properties.exaflops,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/exaflops",schemaPath:"#/properties/exaflops/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.exaflops.type,parentSchema:schema41.properties.exaflops,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.precision !== undefined){
let data1 = data.precision;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/precision",schemaPath:"#/definitions/Precision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((data1 === "fp64") || (data1 === "fp32")) || (data1 === "tf32")) || (data1 === "bf16")) || (data1 === "fp16")) || (data1 === "fp8")) || (data1 === "int8")) || (data1 === "fp4"))){
const err5 = {instancePath:instancePath+"/precision",schemaPath:"#/definitions/Precision/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.domesticAcceleratorShare !== undefined){
let data2 = data.domesticAcceleratorShare;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/domesticAcceleratorShare",schemaPath:"#/properties/domesticAcceleratorShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41.properties.domesticAcceleratorShare,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/domesticAcceleratorShare",schemaPath:"#/properties/domesticAcceleratorShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.domesticAcceleratorShare,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/domesticAcceleratorShare",schemaPath:"#/properties/domesticAcceleratorShare/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.domesticAcceleratorShare.type,parentSchema:schema41.properties.domesticAcceleratorShare,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.year !== undefined){
let data3 = data.year;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.year.type,parentSchema:schema41.properties.year,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2100 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema41.properties.year,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 2020 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2020},message:"must be >= 2020",schema:2020,parentSchema:schema41.properties.year,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema44 = {"type":"object","additionalProperties":false,"description":"How the site's Docker twin is made.","properties":{"addressPool":{"$ref":"#/definitions/Cidr","description":"IPv4 block the twin's tenant and backbone networks get their subnets from (a /24 or more each, placed by a hash of the network name, outside every fabric). Default: 10.240.0.0/12."}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "addressPool")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.addressPool !== undefined){
let data0 = data.addressPool;
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
const err1 = {instancePath:instancePath+"/addressPool",schemaPath:"#/definitions/Cidr/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/addressPool",schemaPath:"#/definitions/Cidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cabinets === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cabinets"},message:"must have required property '"+"cabinets"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema22.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.airGapped !== undefined){
let data0 = data.airGapped;
if(typeof data0 !== "boolean"){
const err2 = {instancePath:instancePath+"/airGapped",schemaPath:"#/properties/airGapped/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.airGapped.type,parentSchema:schema22.properties.airGapped,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.dockerHost !== undefined){
let data1 = data.dockerHost;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err3 = {instancePath:instancePath+"/dockerHost",schemaPath:"#/properties/dockerHost/pattern",keyword:"pattern",params:{pattern: "^(unix|tcp|ssh)://"},message:"must match pattern \""+"^(unix|tcp|ssh)://"+"\"",schema:"^(unix|tcp|ssh)://",parentSchema:schema22.properties.dockerHost,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/dockerHost",schemaPath:"#/properties/dockerHost/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.dockerHost.type,parentSchema:schema22.properties.dockerHost,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.dockerCertPath !== undefined){
let data2 = data.dockerCertPath;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/dockerCertPath",schemaPath:"#/properties/dockerCertPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.dockerCertPath,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/dockerCertPath",schemaPath:"#/properties/dockerCertPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.dockerCertPath.type,parentSchema:schema22.properties.dockerCertPath,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.state !== undefined){
let data3 = data.state;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((key1 === "backend") || (key1 === "schema"))){
const err7 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/StateBackend/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.backend !== undefined){
let data4 = data3.backend;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/state/backend",schemaPath:"#/definitions/StateBackend/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.backend.type,parentSchema:schema23.properties.backend,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data4 === "local") || (data4 === "pg"))){
const err9 = {instancePath:instancePath+"/state/backend",schemaPath:"#/definitions/StateBackend/properties/backend/enum",keyword:"enum",params:{allowedValues: schema23.properties.backend.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.backend.enum,parentSchema:schema23.properties.backend,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.schema !== undefined){
let data5 = data3.schema;
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
const err10 = {instancePath:instancePath+"/state/schema",schemaPath:"#/definitions/StateBackend/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\"",schema:"^[a-z_][a-z0-9_]{0,62}$",parentSchema:schema23.properties.schema,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/state/schema",schemaPath:"#/definitions/StateBackend/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.schema.type,parentSchema:schema23.properties.schema,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/StateBackend/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.target !== undefined){
let data6 = data.target;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/DeployTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data6 === "docker") || (data6 === "swarm"))){
const err14 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/DeployTarget/enum",keyword:"enum",params:{allowedValues: schema24.enum},message:"must be equal to one of the allowed values",schema:schema24.enum,parentSchema:schema24,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.cabinets !== undefined){
let data7 = data.cabinets;
if(Array.isArray(data7)){
if(data7.length > 1000){
const err15 = {instancePath:instancePath+"/cabinets",schemaPath:"#/properties/cabinets/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema22.properties.cabinets,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7.length < 1){
const err16 = {instancePath:instancePath+"/cabinets",schemaPath:"#/properties/cabinets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema22.properties.cabinets,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data7[i0], {instancePath:instancePath+"/cabinets/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/cabinets",schemaPath:"#/properties/cabinets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.cabinets.type,parentSchema:schema22.properties.cabinets,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.fabrics !== undefined){
let data9 = data.fabrics;
if(Array.isArray(data9)){
if(data9.length > 64){
const err18 = {instancePath:instancePath+"/fabrics",schemaPath:"#/properties/fabrics/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema22.properties.fabrics,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data9[i1], {instancePath:instancePath+"/fabrics/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/fabrics",schemaPath:"#/properties/fabrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.fabrics.type,parentSchema:schema22.properties.fabrics,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.pools !== undefined){
let data11 = data.pools;
if(Array.isArray(data11)){
if(data11.length > 256){
const err20 = {instancePath:instancePath+"/pools",schemaPath:"#/properties/pools/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items",schema:256,parentSchema:schema22.properties.pools,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate28(data11[i2], {instancePath:instancePath+"/pools/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/pools",schemaPath:"#/properties/pools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.pools.type,parentSchema:schema22.properties.pools,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.tenants !== undefined){
let data13 = data.tenants;
if(Array.isArray(data13)){
if(data13.length > 1024){
const err22 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/maxItems",keyword:"maxItems",params:{limit: 1024},message:"must NOT have more than 1024 items",schema:1024,parentSchema:schema22.properties.tenants,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
if(!(validate30(data13[i3], {instancePath:instancePath+"/tenants/" + i3,parentData:data13,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.tenants.type,parentSchema:schema22.properties.tenants,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.uplinks !== undefined){
let data15 = data.uplinks;
if(Array.isArray(data15)){
if(data15.length > 256){
const err24 = {instancePath:instancePath+"/uplinks",schemaPath:"#/properties/uplinks/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items",schema:256,parentSchema:schema22.properties.uplinks,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
if(!(validate32(data15[i4], {instancePath:instancePath+"/uplinks/" + i4,parentData:data15,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/uplinks",schemaPath:"#/properties/uplinks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.uplinks.type,parentSchema:schema22.properties.uplinks,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.targets !== undefined){
if(!(validate34(data.targets, {instancePath:instancePath+"/targets",parentData:data,parentDataProperty:"targets",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.ownership !== undefined){
let data18 = data.ownership;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.public === undefined){
const err26 = {instancePath:instancePath+"/ownership",schemaPath:"#/definitions/Ownership/required",keyword:"required",params:{missingProperty: "public"},message:"must have required property '"+"public"+"'",schema:schema43.required,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data18.private === undefined){
const err27 = {instancePath:instancePath+"/ownership",schemaPath:"#/definitions/Ownership/required",keyword:"required",params:{missingProperty: "private"},message:"must have required property '"+"private"+"'",schema:schema43.required,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data18){
if(!((key2 === "public") || (key2 === "private"))){
const err28 = {instancePath:instancePath+"/ownership",schemaPath:"#/definitions/Ownership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data18.public !== undefined){
let data19 = data18.public;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 1 || isNaN(data19)){
const err29 = {instancePath:instancePath+"/ownership/public",schemaPath:"#/definitions/Ownership/properties/public/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43.properties.public,data:data19};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err30 = {instancePath:instancePath+"/ownership/public",schemaPath:"#/definitions/Ownership/properties/public/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.public,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/ownership/public",schemaPath:"#/definitions/Ownership/properties/public/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.public.type,parentSchema:schema43.properties.public,data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data18.private !== undefined){
let data20 = data18.private;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1 || isNaN(data20)){
const err32 = {instancePath:instancePath+"/ownership/private",schemaPath:"#/definitions/Ownership/properties/private/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43.properties.private,data:data20};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err33 = {instancePath:instancePath+"/ownership/private",schemaPath:"#/definitions/Ownership/properties/private/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.private,data:data20};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/ownership/private",schemaPath:"#/definitions/Ownership/properties/private/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.private.type,parentSchema:schema43.properties.private,data:data20};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/ownership",schemaPath:"#/definitions/Ownership/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.twin !== undefined){
if(!(validate36(data.twin, {instancePath:instancePath+"/twin",parentData:data,parentDataProperty:"twin",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.apiVersion.type,parentSchema:schema21.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("aisite.dev/v1alpha1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "aisite.dev/v1alpha1"},message:"must be equal to constant",schema:"aisite.dev/v1alpha1",parentSchema:schema21.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.kind.type,parentSchema:schema21.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data1 === "MicroDataCenter") || (data1 === "NationalAiCenter"))){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema21.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.kind.enum,parentSchema:schema21.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate12(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate21(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

exports.catalog = validate43;
const schema12 = {"type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string","const":"aisite.dev/v1alpha1"},"kind":{"type":"string","const":"AcceleratorCatalog"},"metadata":{"$ref":"#/definitions/Metadata"},"spec":{"type":"object","additionalProperties":false,"properties":{"accelerators":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/Accelerator"}},"serverProfiles":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/ServerProfile"}}}}}};
const schema16 = {"type":"object","additionalProperties":false,"required":["id","vendor","model","domestic","tdpW","memoryGB","peakTflops","formFactor","source"],"properties":{"id":{"$ref":"#/definitions/DnsLabel"},"vendor":{"type":"string","minLength":1,"maxLength":100},"model":{"type":"string","minLength":1,"maxLength":100},"kind":{"type":"string","enum":["gpu","npu","pim"],"default":"npu"},"domestic":{"type":"boolean","description":"Designed in Korea (counts toward the domestic accelerator share)."},"tdpW":{"type":"number","exclusiveMinimum":0,"maximum":5000},"memoryGB":{"type":"number","minimum":0,"maximum":10000},"peakTflops":{"$ref":"#/definitions/PeakTflops"},"formFactor":{"type":"string","enum":["sxm","oam","pcie","memory"]},"defaultServerProfile":{"type":"string","minLength":1,"maxLength":100},"source":{"type":"string","minLength":1,"maxLength":1000,"description":"Where the figures come from."}}};
const schema18 = {"type":"object","additionalProperties":false,"description":"Dense peak TFLOPS (TOPS for int8) per precision.","properties":{"fp64":{"type":"number","minimum":0},"fp32":{"type":"number","minimum":0},"tf32":{"type":"number","minimum":0},"bf16":{"type":"number","minimum":0},"fp16":{"type":"number","minimum":0},"fp8":{"type":"number","minimum":0},"int8":{"type":"number","minimum":0},"fp4":{"type":"number","minimum":0}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.vendor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vendor"},message:"must have required property '"+"vendor"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.model === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.domestic === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domestic"},message:"must have required property '"+"domestic"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.tdpW === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tdpW"},message:"must have required property '"+"tdpW"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.memoryGB === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memoryGB"},message:"must have required property '"+"memoryGB"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.peakTflops === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "peakTflops"},message:"must have required property '"+"peakTflops"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.formFactor === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "formFactor"},message:"must have required property '"+"formFactor"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.source === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema16.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.vendor !== undefined){
let data1 = data.vendor;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err12 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema16.properties.vendor,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data1) < 1){
const err13 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.vendor,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.vendor.type,parentSchema:schema16.properties.vendor,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.model !== undefined){
let data2 = data.model;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err15 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema16.properties.model,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data2) < 1){
const err16 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.model,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.model.type,parentSchema:schema16.properties.model,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err18 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.kind.type,parentSchema:schema16.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data3 === "gpu") || (data3 === "npu")) || (data3 === "pim"))){
const err19 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.kind.enum,parentSchema:schema16.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.domestic !== undefined){
let data4 = data.domestic;
if(typeof data4 !== "boolean"){
const err20 = {instancePath:instancePath+"/domestic",schemaPath:"#/properties/domestic/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema16.properties.domestic.type,parentSchema:schema16.properties.domestic,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.tdpW !== undefined){
let data5 = data.tdpW;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 5000 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/tdpW",schemaPath:"#/properties/tdpW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000",schema:5000,parentSchema:schema16.properties.tdpW,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/tdpW",schemaPath:"#/properties/tdpW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema16.properties.tdpW,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/tdpW",schemaPath:"#/properties/tdpW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema16.properties.tdpW.type,parentSchema:schema16.properties.tdpW,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.memoryGB !== undefined){
let data6 = data.memoryGB;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/memoryGB",schemaPath:"#/properties/memoryGB/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema16.properties.memoryGB,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/memoryGB",schemaPath:"#/properties/memoryGB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema16.properties.memoryGB,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/memoryGB",schemaPath:"#/properties/memoryGB/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema16.properties.memoryGB.type,parentSchema:schema16.properties.memoryGB,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.peakTflops !== undefined){
let data7 = data.peakTflops;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!((((((((key1 === "fp64") || (key1 === "fp32")) || (key1 === "tf32")) || (key1 === "bf16")) || (key1 === "fp16")) || (key1 === "fp8")) || (key1 === "int8")) || (key1 === "fp4"))){
const err27 = {instancePath:instancePath+"/peakTflops",schemaPath:"#/definitions/PeakTflops/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.fp64 !== undefined){
let data8 = data7.fp64;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/peakTflops/fp64",schemaPath:"#/definitions/PeakTflops/properties/fp64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.fp64,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/peakTflops/fp64",schemaPath:"#/definitions/PeakTflops/properties/fp64/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.fp64.type,parentSchema:schema18.properties.fp64,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.fp32 !== undefined){
let data9 = data7.fp32;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/peakTflops/fp32",schemaPath:"#/definitions/PeakTflops/properties/fp32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.fp32,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/peakTflops/fp32",schemaPath:"#/definitions/PeakTflops/properties/fp32/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.fp32.type,parentSchema:schema18.properties.fp32,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.tf32 !== undefined){
let data10 = data7.tf32;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/peakTflops/tf32",schemaPath:"#/definitions/PeakTflops/properties/tf32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.tf32,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/peakTflops/tf32",schemaPath:"#/definitions/PeakTflops/properties/tf32/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.tf32.type,parentSchema:schema18.properties.tf32,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.bf16 !== undefined){
let data11 = data7.bf16;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/peakTflops/bf16",schemaPath:"#/definitions/PeakTflops/properties/bf16/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.bf16,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/peakTflops/bf16",schemaPath:"#/definitions/PeakTflops/properties/bf16/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.bf16.type,parentSchema:schema18.properties.bf16,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.fp16 !== undefined){
let data12 = data7.fp16;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/peakTflops/fp16",schemaPath:"#/definitions/PeakTflops/properties/fp16/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.fp16,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/peakTflops/fp16",schemaPath:"#/definitions/PeakTflops/properties/fp16/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.fp16.type,parentSchema:schema18.properties.fp16,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data7.fp8 !== undefined){
let data13 = data7.fp8;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err38 = {instancePath:instancePath+"/peakTflops/fp8",schemaPath:"#/definitions/PeakTflops/properties/fp8/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.fp8,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/peakTflops/fp8",schemaPath:"#/definitions/PeakTflops/properties/fp8/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.fp8.type,parentSchema:schema18.properties.fp8,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data7.int8 !== undefined){
let data14 = data7.int8;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err40 = {instancePath:instancePath+"/peakTflops/int8",schemaPath:"#/definitions/PeakTflops/properties/int8/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.int8,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/peakTflops/int8",schemaPath:"#/definitions/PeakTflops/properties/int8/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.int8.type,parentSchema:schema18.properties.int8,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data7.fp4 !== undefined){
let data15 = data7.fp4;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err42 = {instancePath:instancePath+"/peakTflops/fp4",schemaPath:"#/definitions/PeakTflops/properties/fp4/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.fp4,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/peakTflops/fp4",schemaPath:"#/definitions/PeakTflops/properties/fp4/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.fp4.type,parentSchema:schema18.properties.fp4,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/peakTflops",schemaPath:"#/definitions/PeakTflops/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data7};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.formFactor !== undefined){
let data16 = data.formFactor;
if(typeof data16 !== "string"){
const err45 = {instancePath:instancePath+"/formFactor",schemaPath:"#/properties/formFactor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.formFactor.type,parentSchema:schema16.properties.formFactor,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((((data16 === "sxm") || (data16 === "oam")) || (data16 === "pcie")) || (data16 === "memory"))){
const err46 = {instancePath:instancePath+"/formFactor",schemaPath:"#/properties/formFactor/enum",keyword:"enum",params:{allowedValues: schema16.properties.formFactor.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.formFactor.enum,parentSchema:schema16.properties.formFactor,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.defaultServerProfile !== undefined){
let data17 = data.defaultServerProfile;
if(typeof data17 === "string"){
if(func2(data17) > 100){
const err47 = {instancePath:instancePath+"/defaultServerProfile",schemaPath:"#/properties/defaultServerProfile/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema16.properties.defaultServerProfile,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data17) < 1){
const err48 = {instancePath:instancePath+"/defaultServerProfile",schemaPath:"#/properties/defaultServerProfile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.defaultServerProfile,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/defaultServerProfile",schemaPath:"#/properties/defaultServerProfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.defaultServerProfile.type,parentSchema:schema16.properties.defaultServerProfile,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.source !== undefined){
let data18 = data.source;
if(typeof data18 === "string"){
if(func2(data18) > 1000){
const err50 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema16.properties.source,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func2(data18) < 1){
const err51 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.source,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.source.type,parentSchema:schema16.properties.source,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","additionalProperties":false,"required":["id","rackUnits","hostPowerKw","maxAccelerators","computeNics","computeNicGbps","source"],"properties":{"id":{"$ref":"#/definitions/DnsLabel"},"description":{"type":"string","maxLength":300},"rackUnits":{"type":"integer","minimum":1,"maximum":20},"hostPowerKw":{"type":"number","minimum":0,"maximum":100,"description":"Power drawn by everything but the accelerators at full load."},"maxAccelerators":{"type":"integer","minimum":1,"maximum":64},"formFactors":{"type":"array","items":{"type":"string","enum":["sxm","oam","pcie","memory"]},"description":"Accelerator form factors the server takes. Default: any."},"computeNics":{"type":"integer","minimum":0,"maximum":64,"description":"Compute-fabric NIC ports (one per rail on rail-optimized fabrics)."},"computeNicGbps":{"type":"number","minimum":0,"maximum":3200},"storageNics":{"type":"integer","minimum":0,"maximum":16,"default":1},"managementNics":{"type":"integer","minimum":0,"maximum":16,"default":1},"source":{"type":"string","minLength":1,"maxLength":1000}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rackUnits === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rackUnits"},message:"must have required property '"+"rackUnits"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.hostPowerKw === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostPowerKw"},message:"must have required property '"+"hostPowerKw"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.maxAccelerators === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxAccelerators"},message:"must have required property '"+"maxAccelerators"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.computeNics === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computeNics"},message:"must have required property '"+"computeNics"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.computeNicGbps === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computeNicGbps"},message:"must have required property '"+"computeNicGbps"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.source === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema19.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema19.properties.description,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.description.type,parentSchema:schema19.properties.description,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.rackUnits !== undefined){
let data2 = data.rackUnits;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/rackUnits",schemaPath:"#/properties/rackUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.rackUnits.type,parentSchema:schema19.properties.rackUnits,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 20 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/rackUnits",schemaPath:"#/properties/rackUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema19.properties.rackUnits,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/rackUnits",schemaPath:"#/properties/rackUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.rackUnits,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.hostPowerKw !== undefined){
let data3 = data.hostPowerKw;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/hostPowerKw",schemaPath:"#/properties/hostPowerKw/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema19.properties.hostPowerKw,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/hostPowerKw",schemaPath:"#/properties/hostPowerKw/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.hostPowerKw,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/hostPowerKw",schemaPath:"#/properties/hostPowerKw/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.hostPowerKw.type,parentSchema:schema19.properties.hostPowerKw,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.maxAccelerators !== undefined){
let data4 = data.maxAccelerators;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/maxAccelerators",schemaPath:"#/properties/maxAccelerators/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.maxAccelerators.type,parentSchema:schema19.properties.maxAccelerators,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 64 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/maxAccelerators",schemaPath:"#/properties/maxAccelerators/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema19.properties.maxAccelerators,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/maxAccelerators",schemaPath:"#/properties/maxAccelerators/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.maxAccelerators,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.formFactors !== undefined){
let data5 = data.formFactors;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err21 = {instancePath:instancePath+"/formFactors/" + i0,schemaPath:"#/properties/formFactors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.formFactors.items.type,parentSchema:schema19.properties.formFactors.items,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((data6 === "sxm") || (data6 === "oam")) || (data6 === "pcie")) || (data6 === "memory"))){
const err22 = {instancePath:instancePath+"/formFactors/" + i0,schemaPath:"#/properties/formFactors/items/enum",keyword:"enum",params:{allowedValues: schema19.properties.formFactors.items.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.formFactors.items.enum,parentSchema:schema19.properties.formFactors.items,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/formFactors",schemaPath:"#/properties/formFactors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.formFactors.type,parentSchema:schema19.properties.formFactors,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.computeNics !== undefined){
let data7 = data.computeNics;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err24 = {instancePath:instancePath+"/computeNics",schemaPath:"#/properties/computeNics/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.computeNics.type,parentSchema:schema19.properties.computeNics,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 64 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/computeNics",schemaPath:"#/properties/computeNics/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema19.properties.computeNics,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err26 = {instancePath:instancePath+"/computeNics",schemaPath:"#/properties/computeNics/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.computeNics,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.computeNicGbps !== undefined){
let data8 = data.computeNicGbps;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 3200 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/computeNicGbps",schemaPath:"#/properties/computeNicGbps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3200},message:"must be <= 3200",schema:3200,parentSchema:schema19.properties.computeNicGbps,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/computeNicGbps",schemaPath:"#/properties/computeNicGbps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.computeNicGbps,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/computeNicGbps",schemaPath:"#/properties/computeNicGbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.computeNicGbps.type,parentSchema:schema19.properties.computeNicGbps,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.storageNics !== undefined){
let data9 = data.storageNics;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err30 = {instancePath:instancePath+"/storageNics",schemaPath:"#/properties/storageNics/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.storageNics.type,parentSchema:schema19.properties.storageNics,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 16 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/storageNics",schemaPath:"#/properties/storageNics/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema19.properties.storageNics,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/storageNics",schemaPath:"#/properties/storageNics/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.storageNics,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.managementNics !== undefined){
let data10 = data.managementNics;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err33 = {instancePath:instancePath+"/managementNics",schemaPath:"#/properties/managementNics/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.managementNics.type,parentSchema:schema19.properties.managementNics,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 16 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/managementNics",schemaPath:"#/properties/managementNics/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema19.properties.managementNics,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err35 = {instancePath:instancePath+"/managementNics",schemaPath:"#/properties/managementNics/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.managementNics,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data.source !== undefined){
let data11 = data.source;
if(typeof data11 === "string"){
if(func2(data11) > 1000){
const err36 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema19.properties.source,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func2(data11) < 1){
const err37 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.source,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.source.type,parentSchema:schema19.properties.source,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.apiVersion.type,parentSchema:schema12.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("aisite.dev/v1alpha1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "aisite.dev/v1alpha1"},message:"must be equal to constant",schema:"aisite.dev/v1alpha1",parentSchema:schema12.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.kind.type,parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("AcceleratorCatalog" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AcceleratorCatalog"},message:"must be equal to constant",schema:"AcceleratorCatalog",parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate12(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((key1 === "accelerators") || (key1 === "serverProfiles"))){
const err9 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.accelerators !== undefined){
let data4 = data3.accelerators;
if(Array.isArray(data4)){
if(data4.length > 1000){
const err10 = {instancePath:instancePath+"/spec/accelerators",schemaPath:"#/properties/spec/properties/accelerators/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema12.properties.spec.properties.accelerators,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate14(data4[i0], {instancePath:instancePath+"/spec/accelerators/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/spec/accelerators",schemaPath:"#/properties/spec/properties/accelerators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.spec.properties.accelerators.type,parentSchema:schema12.properties.spec.properties.accelerators,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.serverProfiles !== undefined){
let data6 = data3.serverProfiles;
if(Array.isArray(data6)){
if(data6.length > 1000){
const err12 = {instancePath:instancePath+"/spec/serverProfiles",schemaPath:"#/properties/spec/properties/serverProfiles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema12.properties.spec.properties.serverProfiles,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate16(data6[i1], {instancePath:instancePath+"/spec/serverProfiles/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/spec/serverProfiles",schemaPath:"#/properties/spec/properties/serverProfiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.spec.properties.serverProfiles.type,parentSchema:schema12.properties.spec.properties.serverProfiles,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.type,parentSchema:schema12.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

export {};
