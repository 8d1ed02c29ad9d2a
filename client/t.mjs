import cytoscape from 'cytoscape';
const cy = cytoscape({ headless: true, styleEnabled: true, style: [{selector:'node', style:{width: 50, height: 50}}], elements: [{group:'nodes', data:{id:'a'}, position:{x:0,y:0}}] });
const a = cy.getElementById('a');
console.log(JSON.stringify(a.boundingBox()));
a.position({x:80,y:-60});
console.log(JSON.stringify(a.boundingBox()));
a.position({x:0,y:0});
console.log(JSON.stringify(a.boundingBox()));
